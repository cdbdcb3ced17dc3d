package org.verbatim.store;

/** A write the disk refused, or a store opened read-only for that reason; the message is the user's. */
public final class StorageFaultException extends StoreException {
    private final StorageFault fault;

    public StorageFaultException(StorageFault fault, String message, Throwable cause) {
        super(message, cause);
        this.fault = fault;
    }

    public StorageFault fault() {
        return fault;
    }
}
