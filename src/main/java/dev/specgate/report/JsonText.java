package dev.specgate.report;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;

/** Deterministic JSON text: two-space indent, {@code \n} line ends, no HTML escaping, a final newline. */
final class JsonText {

    private static final Gson GSON =
            new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private JsonText() {}

    static String of(JsonElement element) {
        return GSON.toJson(element) + "\n";
    }
}
