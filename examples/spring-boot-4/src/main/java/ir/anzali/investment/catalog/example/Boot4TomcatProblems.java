package ir.anzali.investment.catalog.example;

import ir.anzali.investment.catalog.spring.CatalogUploads;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the {@link ProblemReportValve} in Tomcat, so that what Tomcat refuses itself is a problem
 * detail in the request's language. Spring Boot 4's package of Tomcat's factory: the Spring Boot 3
 * example's {@code TomcatProblems}, which differs only by that import, is left out of this build.
 */
@Configuration(proxyBeanMethods = false)
class Boot4TomcatProblems {

    /**
     * The customizer that installs the report.
     *
     * @param uploads the starter's uploads, which tell a request's language
     * @return the customizer
     */
    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> problemReport(CatalogUploads uploads) {
        return factory -> factory.addContextCustomizers(context -> ProblemReportValve.install(context,
                new ProblemReportValve(uploads::language)));
    }
}
