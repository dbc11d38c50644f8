package dev.specgate.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Real dates in ISO form, and in the form a template's date prompt shows. */
class IsoDateTest {

    @Test
    void isoDatesAreRealCalendarDatesWithTwoDigitMonthAndDayAndAnOptionalTime() {
        assertTrue(IsoDate.isRealDate("2024-02-29", "YYYY-MM-DD"));
        assertTrue(IsoDate.isRealDate("2026-03-01T10:00:00Z", "YYYY-MM-DD"));
        assertFalse(IsoDate.isRealDate("2026-02-30", "YYYY-MM-DD"));
        assertFalse(IsoDate.isRealDate("2026-3-1", "YYYY-MM-DD"));
        assertFalse(IsoDate.isRealDate("03/01/2026", "YYYY-MM-DD"));
    }

    @Test
    void aTemplatesFormTakesOneOrTwoDigitDaysAndMonthsAndAFourDigitYear() {
        assertTrue(IsoDate.isRealDate("5/3/2023", "MM/DD/YYYY"));
        assertTrue(IsoDate.isRealDate("12/31/2023", "MM/DD/YYYY"));
        assertFalse(IsoDate.isRealDate("31/12/2023", "MM/DD/YYYY"));
        assertFalse(IsoDate.isRealDate("2/30/2023", "MM/DD/YYYY"));
        assertFalse(IsoDate.isRealDate("5/3/23", "MM/DD/YYYY"));
        assertFalse(IsoDate.isRealDate("005/3/2023", "MM/DD/YYYY"));
        assertFalse(IsoDate.isRealDate("5-3-2023", "MM/DD/YYYY"));
        assertTrue(IsoDate.isRealDate("31.12.2023", "DD.MM.YYYY"));
        assertTrue(IsoDate.isRealDate("2023/1/9", "YYYY/MM/DD"));
        assertFalse(IsoDate.isRealDate("2023/13/9", "YYYY/MM/DD"));
    }

    @Test
    void anIsoDateIsAcceptedWhateverTheTemplatesForm() {
        assertTrue(IsoDate.isRealDate("2023-05-03", "MM/DD/YYYY"));
        assertTrue(IsoDate.isRealDate("2023-05-03", "DD.MM.YYYY"));
    }
}
