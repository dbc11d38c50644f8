package dev.specgate.adopt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StemsTest {

    @Test
    void inflectionsMeetAndStopWordsDrop() {
        assertEquals(List.of("detai", "desig"), List.copyOf(Stems.of("Detailed design")));
        assertEquals(List.of("ratio", "alter"), List.copyOf(Stems.of("Rationale and alternatives")));
        assertEquals(List.of("impac", "exist", "code"), List.copyOf(Stems.of("Impact on existing code")));
    }

    @Test
    void overlapIsMeasuredOnTheSmallerSet() {
        assertEquals(1.0, Stems.overlap(Stems.of("Alternatives"), Stems.of("Rationale and alternatives")));
        assertEquals(0.0, Stems.overlap(Stems.of("Launch"), Stems.of("Rollout Plan")));
        assertEquals(0.0, Stems.overlap(Set.of(), Stems.of("Rollout Plan")));
    }

    @Test
    void coverageIsTheShareOfTheHeadingsWordsInTheText() {
        Set<String> prompt = Stems.of("Explain the design in sufficient detail that corner cases are clear.");

        assertEquals(1.0, Stems.coverage(Stems.of("Detailed Design"), prompt));
        assertEquals(0.5, Stems.coverage(Stems.of("Design notes"), prompt));
        assertEquals(0.0, Stems.coverage(Set.of(), prompt));
    }
}
