package ir.anzali.investment.catalog.example;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The example application: {@code java -jar catalog-example.jar --server.port=8080}. */
@SpringBootApplication
public class ExampleApplication {

    /** The folder of the default H2 database ({@code spring.datasource.url}), beside the working directory. */
    static final Path DATA = Path.of("catalog-example-data");

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    /** Spring creates the application. */
    public ExampleApplication() {
        // configured by annotations
    }

    /**
     * Starts the server, its data folder made owner-only first.
     *
     * @param args Spring Boot's arguments, such as {@code --server.port=8080}
     * @throws IOException when the data folder cannot be made owner-only
     */
    public static void main(String[] args) throws IOException {
        ownerOnly(DATA);
        SpringApplication.run(ExampleApplication.class, args);
    }

    /**
     * Makes a folder that only the server's user may enter ({@code rwx------}), or makes an existing one
     * so: the database writes its files readable by everyone under the usual umask, and they hold the
     * catalog and the import log. Nothing is done on a file system without POSIX permissions.
     *
     * @param folder the folder, not null
     * @throws IOException when it cannot be made or its permissions set
     */
    static void ownerOnly(Path folder) throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        if (Files.isDirectory(folder)) {
            Files.setPosixFilePermissions(folder, OWNER_ONLY);
        } else {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
    }
}
