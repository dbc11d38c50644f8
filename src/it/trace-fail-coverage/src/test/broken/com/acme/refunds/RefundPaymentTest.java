package com.acme.refunds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specgate.annotations.Verifies;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class RefundPaymentTest {

    @Test
    @Verifies("REQ-002")
    void paysInTheOrderCurrency() {
        String orderCurrency = "EUR";
        String refundCurrency = "USD";
        assertEquals(orderCurrency, refundCurrency);
    }

    @Test
    @Disabled("the mail stub is not ready")
    @Verifies({"REQ-003"})
    void mailsTheCustomer() {
        assertEquals(1, 1);
    }

    @Test
    @Tag("REQ-009")
    void keepsTheLegacyLimit() {
        assertEquals(2, 1 + 1);
    }
}
