package bench.gorgiasbridge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Just enough JSON: writes maps, lists, numbers and strings, and reads wrk's flat line of numbers. */
final class Json {
    private static final Pattern FIELD = Pattern.compile("\"([a-z0-9_]+)\":(-?[0-9.eE+]+)");

    private Json() {
    }

    static String write(Object value) {
        var out = new StringBuilder();
        write(value, out, "");
        return out.toString();
    }

    private static void write(Object value, StringBuilder out, String indent) {
        switch (value) {
            case null -> out.append("null");
            case Map<?, ?> map -> {
                out.append("{");
                String inner = indent + "  ";
                boolean first = true;
                for (var entry : map.entrySet()) {
                    out.append(first ? "\n" : ",\n").append(inner).append(quote(entry.getKey().toString())).append(": ");
                    write(entry.getValue(), out, inner);
                    first = false;
                }
                out.append(map.isEmpty() ? "}" : "\n" + indent + "}");
            }
            case List<?> list -> {
                out.append("[");
                String inner = indent + "  ";
                for (int i = 0; i < list.size(); i++) {
                    out.append(i == 0 ? "\n" : ",\n").append(inner);
                    write(list.get(i), out, inner);
                }
                out.append(list.isEmpty() ? "]" : "\n" + indent + "]");
            }
            case Number number -> out.append(number);
            case Boolean bool -> out.append(bool);
            default -> out.append(quote(value.toString()));
        }
    }

    private static String quote(String text) {
        var out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    static Map<String, Double> numbers(String line) {
        var out = new LinkedHashMap<String, Double>();
        var m = FIELD.matcher(line);
        while (m.find()) {
            out.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        return out;
    }
}
