package ir.anzali.investment.catalog.csv.spi;

import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The batch that {@link RecordReader.Records#nextBatch} gathers by default: records of
 * {@link RecordReader.Records#next()}, then the failure that ended them, if any.
 *
 * @param records the records, in order
 * @param failure the failure after them, or null
 * @param bytes   about how much memory the records hold
 */
record GatheredBatch(List<RecordReader.RawRecord> records, @Nullable RecordException failure, long bytes)
        implements RecordReader.RawBatch {

    @Override
    public void convert(Consumer<? super CellRecord> each) throws RecordException {
        for (RecordReader.RawRecord r : records) {
            each.accept(r.convert());
        }
        if (failure != null) {
            throw failure;
        }
    }
}
