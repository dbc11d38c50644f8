package com.acme.refunds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The class tag marks every test of the class. */
@Tag("REQ-001")
class RefundLimitTest {

    @Test
    void capsRefundAtOrderTotal() {
        assertEquals(4000, Math.min(5000, 4000));
    }

    @Test
    void refundsPartOfTheTotal() {
        assertEquals(1500, Math.min(1500, 4000));
    }
}
