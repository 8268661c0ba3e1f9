package dev.gorgiasbridge.application.processing.port.out;

/**
 * What a write under a lease did: {@link Written}, or nothing because the lease was lost (it expired and
 * another worker claimed the event, which now decides its outcome).
 */
public sealed interface LeaseWrite {

    record Written() implements LeaseWrite {
    }

    record LeaseLost() implements LeaseWrite {
    }

    /** Written when the write touched the leased row, else LeaseLost: for adapters counting updated rows. */
    static LeaseWrite ofRows(int updated) {
        return updated == 1 ? new Written() : new LeaseLost();
    }
}
