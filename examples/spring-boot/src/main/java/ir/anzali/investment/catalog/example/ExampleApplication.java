package ir.anzali.investment.catalog.example;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The example application: {@code java -jar catalog-example.jar --server.port=8080}. */
@SpringBootApplication
public class ExampleApplication {

    /** Spring creates the application. */
    public ExampleApplication() {
        // configured by annotations
    }

    /**
     * Starts the server.
     *
     * @param args Spring Boot's arguments, such as {@code --server.port=8080}
     */
    public static void main(String[] args) {
        SpringApplication.run(ExampleApplication.class, args);
    }
}
