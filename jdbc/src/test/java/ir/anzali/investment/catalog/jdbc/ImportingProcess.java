package ir.anzali.investment.catalog.jdbc;

import ir.anzali.investment.catalog.csv.ImportMode;
import ir.anzali.investment.catalog.csv.Kind;
import ir.anzali.investment.catalog.csv.read.CatalogImporter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process {@link ImportKilledTest} kills: imports a file into a store, skip-invalid (so that an
 * import let run to its end commits), and writes {@code importing} on its standard output once it has
 * read a given number of the file's bytes, then {@code done} if it is let finish.
 */
final class ImportingProcess {

    private ImportingProcess() {
    }

    /**
     * Runs the import.
     *
     * @param args the JDBC URL, user, password, file, and how many bytes to read before saying so
     * @throws IOException when the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        CatalogStore store = CatalogStore.of(new UrlDataSource(args[0], args[1], args[2]));
        Path file = Path.of(args[3]);
        long before = Long.parseLong(args[4]);
        InputStream reporting = new FilterInputStream(Files.newInputStream(file)) {
            private long read;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (read < before && read + Math.max(n, 0) >= before) {
                    System.out.println("importing");
                    System.out.flush();
                }
                read += Math.max(n, 0);
                return n;
            }
        };
        store.importFile(CatalogImporter.builder().mode(ImportMode.SKIP_INVALID)
                .build(), reporting, file.getFileName().toString(), Kind.OPPORTUNITIES, "killed");
        System.out.println("done");
    }
}
