package dev.gorgiasbridge.application.processing.port.out;

/** The calls to other services that processing times, each with its service and operation labels. */
public enum ExternalCall {
    SHOPIFY_RECENT_ORDERS("shopify", "recent_orders"),
    GORGIAS_POST_NOTE("gorgias", "post_note"),
    GORGIAS_FIND_NOTE("gorgias", "find_note");

    private final String service;
    private final String operation;

    ExternalCall(String service, String operation) {
        this.service = service;
        this.operation = operation;
    }

    public String service() {
        return service;
    }

    public String operation() {
        return operation;
    }
}
