package dev.gorgiasbridge.application.retention;

import dev.gorgiasbridge.application.retention.port.in.PurgeCustomer;
import dev.gorgiasbridge.application.retention.port.out.PersonalData;
import dev.gorgiasbridge.application.retention.port.in.Erasure;
import dev.gorgiasbridge.domain.customer.CustomerKey;
import java.util.Objects;

/** Erasure on request, through the store's cascades: nothing about the customer is kept past the call. */
public final class PurgeCustomerService implements PurgeCustomer {
    private final PersonalData personalData;

    public PurgeCustomerService(PersonalData personalData) {
        this.personalData = Objects.requireNonNull(personalData, "personalData");
    }

    @Override
    public Erasure purge(CustomerKey.Email customer) {
        return personalData.erase(Objects.requireNonNull(customer, "customer"));
    }
}
