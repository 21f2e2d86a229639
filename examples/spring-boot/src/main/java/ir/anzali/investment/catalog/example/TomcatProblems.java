package ir.anzali.investment.catalog.example;

import ir.anzali.investment.catalog.spring.CatalogUploads;
import org.springframework.boot.web.embedded.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the {@link ProblemReportValve} in Tomcat, so that what Tomcat refuses itself is a problem
 * detail in the request's language. Spring Boot 3's package of Tomcat's factory: the Spring Boot 4
 * build leaves this class out for its {@code Boot4TomcatProblems}, which differs only by that import.
 */
@Configuration(proxyBeanMethods = false)
class TomcatProblems {

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
