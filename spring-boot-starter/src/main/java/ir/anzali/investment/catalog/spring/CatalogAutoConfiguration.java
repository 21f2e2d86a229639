package ir.anzali.investment.catalog.spring;

import io.micrometer.core.instrument.MeterRegistry;
import ir.anzali.investment.catalog.CatalogLimits;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import ir.anzali.investment.catalog.jdbc.CatalogStore;
import ir.anzali.investment.catalog.jdbc.StoreAddress;
import ir.anzali.investment.catalog.json.CatalogJson;
import ir.anzali.investment.catalog.json.CatalogJsonException;
import ir.anzali.investment.catalog.reference.ReferenceData;
import ir.anzali.investment.catalog.spring.internal.PoolWait;
import ir.anzali.investment.catalog.spring.internal.PrivateUploadFolder;
import ir.anzali.investment.catalog.validation.CatalogValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.util.unit.DataSize;

/**
 * The beans of the library for a Spring Boot application, each replaced by the application's own
 * bean of its type: the {@link ReferenceData} (the JSON file of {@code investment-catalog.reference-data},
 * or the library's defaults), the {@link CatalogValidator}, the {@link CatalogImporter} set by
 * {@code investment-catalog.import.*}, the {@link CatalogJacksonModule} that Spring Boot 3's
 * Jackson 2 {@code ObjectMapper} registers and the {@link CatalogJackson3Module} that Spring Boot 4's
 * Jackson 3 {@code JsonMapper} registers (each when its Jackson is present), and in a web
 * application the {@link CatalogUploads} and the {@link CatalogProblems}; with Micrometer, the
 * {@link ImportMetrics} as counters. With the database module ({@code investment-catalog-jdbc}) and
 * one {@link DataSource}, the {@link CatalogStore} over it, its tables migrated at start unless
 * {@code investment-catalog.store.migrate=false}, and in a web application the {@link StoreUploads}
 * into it and the {@link StoreProblems}, which answer a failure of the store's database in any handler
 * as problem details (a busy store or one that cannot be reached 503 with {@code Retry-After}); with
 * HikariCP, Spring Boot's pool, its wait for a connection set to
 * {@code investment-catalog.store.connection-timeout} ({@link PoolWait}). In a servlet application, the
 * parts of multipart requests are written in an owner-only folder ({@link PrivateUploadFolder}).
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"})
@EnableConfigurationProperties(CatalogProperties.class)
public class CatalogAutoConfiguration {

    /** Creates the configuration; Spring calls it. */
    public CatalogAutoConfiguration() {
        // nothing to set up
    }

    /**
     * The reference data: the file of {@code investment-catalog.reference-data}, else the defaults.
     *
     * @param properties the properties, not null
     * @return the reference data, never null
     * @throws IllegalStateException when the file is not valid reference data; the message says where and what
     */
    @Bean
    @ConditionalOnMissingBean
    public ReferenceData catalogReferenceData(CatalogProperties properties) {
        Resource file = properties.referenceData();
        if (file == null) {
            return ReferenceData.defaults();
        }
        try (InputStream in = file.getInputStream()) {
            return CatalogJson.standard().readReferenceData(in);
        } catch (CatalogJsonException e) {
            throw new IllegalStateException("investment-catalog.reference-data: " + file.getDescription()
                    + " is not valid reference data: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("investment-catalog.reference-data: " + file.getDescription()
                    + " cannot be read", e);
        }
    }

    /**
     * The validator, {@link CatalogValidator#shared()}.
     *
     * @return the validator, never null
     */
    @Bean
    @ConditionalOnMissingBean
    public CatalogValidator catalogValidator() {
        return CatalogValidator.shared();
    }

    /**
     * The importer of {@code investment-catalog.import.*}, in the language of {@code investment-catalog.language}.
     *
     * @param properties    the properties, not null
     * @param referenceData the reference data, not null
     * @param validator     the validator, not null
     * @return the importer, never null
     */
    @Bean
    @ConditionalOnMissingBean
    public CatalogImporter catalogImporter(CatalogProperties properties, ReferenceData referenceData,
            CatalogValidator validator) {
        return importer(properties, referenceData, validator, properties.language());
    }

    /**
     * The uploads of a web application, read in the request's language by the importer bean for the
     * language of {@code investment-catalog.language} and by one of the same settings for the other
     * language. An application that reads uploads with importers of its own defines its own
     * {@code CatalogUploads} bean.
     *
     * @param properties    the properties, not null
     * @param importer      the importer bean, not null
     * @param referenceData the reference data, not null
     * @param validator     the validator, not null
     * @param metrics       the metrics, if any
     * @return the uploads, never null
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnWebApplication
    public CatalogUploads catalogUploads(CatalogProperties properties, CatalogImporter importer,
            ReferenceData referenceData, CatalogValidator validator, ObjectProvider<ImportMetrics> metrics) {
        Map<Locale, CatalogImporter> byLanguage = new ConcurrentHashMap<>();
        String configured = properties.language().getLanguage();
        return new CatalogUploads(language -> language.getLanguage().equals(configured) ? importer
                : byLanguage.computeIfAbsent(language, l -> importer(properties, referenceData, validator, l)),
                metrics.getIfAvailable(() -> ImportMetrics.NONE), properties.language());
    }

    /**
     * The problem details of rejected uploads.
     *
     * @param uploads     the uploads, not null
     * @param environment where Spring's limit of a part, {@code spring.servlet.multipart.max-file-size}, is set
     * @return the advice, never null
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnWebApplication
    public CatalogProblems catalogProblems(CatalogUploads uploads, Environment environment) {
        return new CatalogProblems(uploads, Objects.requireNonNullElse(environment.getProperty(
                "spring.servlet.multipart.max-file-size", DataSize.class), DataSize.ofMegabytes(1)));
    }

    /**
     * The parts of multipart requests in an owner-only folder, made inside
     * {@code spring.servlet.multipart.location} or, unset, inside
     * {@code investment-catalog.import.temporary-directory} or {@code java.io.tmpdir}.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "jakarta.servlet.MultipartConfigElement")
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Uploads {

        @Bean
        static PrivateUploadFolder catalogPrivateUploadFolder(Environment environment) {
            return new PrivateUploadFolder(Path.of(environment.getProperty(
                    "investment-catalog.import.temporary-directory", System.getProperty("java.io.tmpdir"))));
        }
    }

    /** The store in the application's database, when the database module is present. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "ir.anzali.investment.catalog.jdbc.CatalogStore")
    @ConditionalOnSingleCandidate(DataSource.class)
    static class Store {

        /**
         * The store; an address in {@code spring.datasource.url} that {@link StoreAddress#check} refuses
         * fails the start before the store opens the database.
         */
        @Bean
        @ConditionalOnMissingBean
        CatalogStore catalogStore(DataSource dataSource, ReferenceData referenceData, CatalogProperties properties,
                Environment environment) {
            String url = environment.getProperty("spring.datasource.url");
            if (url != null) {
                StoreAddress.check(url);
            }
            CatalogStore store = CatalogStore.of(dataSource, referenceData);
            if (properties.store().migrate()) {
                store.migrate();
            }
            return store;
        }

        /** The answers of a failure of the store to any handler, as problem details of its kind. */
        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnWebApplication
        @ConditionalOnBean(CatalogStore.class)
        StoreProblems catalogStoreProblems(CatalogUploads uploads) {
            return new StoreProblems(uploads);
        }

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnWebApplication
        @ConditionalOnBean(CatalogStore.class)
        StoreUploads catalogStoreUploads(CatalogUploads uploads, CatalogStore store) {
            return new StoreUploads(uploads, store);
        }
    }

    /**
     * The wait of Spring Boot's HikariCP pool for a connection, {@code investment-catalog.store.connection-timeout},
     * unless {@code spring.datasource.hikari.connection-timeout} is set.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"ir.anzali.investment.catalog.jdbc.CatalogStore", "com.zaxxer.hikari.HikariDataSource"})
    static class Pool {

        @Bean
        static PoolWait catalogPoolWait(Environment environment) {
            return new PoolWait(environment, Binder.get(environment)
                    .bindOrCreate("investment-catalog.store", CatalogProperties.Store.class).connectionTimeout());
        }
    }

    /** The library's JSON in Jackson 2's {@code ObjectMapper}, Spring Boot 3's. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "com.fasterxml.jackson.databind.module.SimpleModule")
    static class Jackson2 {

        @Bean
        @ConditionalOnMissingBean
        CatalogJacksonModule catalogJacksonModule(CatalogProperties properties, ReferenceData referenceData) {
            return new CatalogJacksonModule(json(properties), referenceData);
        }
    }

    /** The library's JSON in Jackson 3's {@code JsonMapper}, Spring Boot 4's. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "tools.jackson.databind.module.SimpleModule")
    static class Jackson3 {

        @Bean
        @ConditionalOnMissingBean
        CatalogJackson3Module catalogJackson3Module(CatalogProperties properties, ReferenceData referenceData) {
            return new CatalogJackson3Module(json(properties), referenceData);
        }
    }

    /** The metrics of imports, when Micrometer is present. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    static class Metrics {

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnBean(MeterRegistry.class)
        ImportMetrics catalogImportMetrics(MeterRegistry registry) {
            return new MicrometerImportMetrics(registry);
        }
    }

    private static CatalogImporter importer(CatalogProperties properties, ReferenceData referenceData,
            CatalogValidator validator, Locale language) {
        CatalogProperties.Import settings = properties.importing();
        CatalogImporter.Builder builder = CatalogImporter.builder()
                .locale(language)
                .parallelism(settings.threads())
                .errorLimit(settings.errorLimit())
                .smallestRials(settings.smallestRials())
                .smallestOtherAmount(settings.smallestForeignAmount())
                .catalogLimits(limits(settings))
                .referenceData(referenceData)
                .validator(validator.validator());
        if (settings.temporaryDirectory() != null) {
            builder.temporaryDirectory(settings.temporaryDirectory());
        }
        return builder.build();
    }

    /** The reader and writer of JSON, with the limits of what a request body may hold. */
    private static CatalogJson json(CatalogProperties properties) {
        return CatalogJson.standard().withLimits(limits(properties.importing()));
    }

    private static CatalogLimits limits(CatalogProperties.Import settings) {
        return new CatalogLimits(settings.maxOpportunities(), settings.maxIncentives(), settings.maxFileSize().toBytes());
    }
}
