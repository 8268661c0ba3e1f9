package dev.gorgiasbridge.adapters.shopify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shopify's requested cost of a GraphQL document, worked out from the document itself rather than from the
 * constants it was built with (https://shopify.dev/docs/api/usage/rate-limits#cost-calculation): a scalar or
 * enum costs 0, an object 1, a field taken with {@code first: N} 2 plus N times one element, where a
 * connection's element is its {@code nodes}; {@code nodes(ids: $ids)} is one object per id. Fragments are
 * expanded. Enough GraphQL for this client's documents, not a general parser.
 */
final class QueryCostEstimate {
    private static final Pattern FRAGMENT = Pattern.compile("fragment\\s+(\\w+)\\s+on\\s+\\w+\\s*\\{");
    private static final Pattern TOKEN = Pattern.compile("\\.\\.\\.\\w+|\\w+|[{}()]|\\$\\w+|[:!,\\[\\]]");

    private final Map<String, Integer> variables;
    private final List<String> tokens = new ArrayList<>();
    private int at;

    private QueryCostEstimate(String document, Map<String, Integer> variables) {
        this.variables = variables;
        Map<String, String> fragments = new HashMap<>();
        Matcher fragment = FRAGMENT.matcher(document);
        String operation = document;
        while (fragment.find()) {
            int end = closingBrace(document, fragment.end() - 1);
            fragments.put(fragment.group(1), document.substring(fragment.end(), end));
            operation = operation.replace(document.substring(fragment.start(), end + 1), "");
        }
        for (var entry : fragments.entrySet()) {
            operation = operation.replace("..." + entry.getKey(), entry.getValue());
        }
        TOKEN.matcher(operation).results().map(match -> match.group()).forEach(tokens::add);
    }

    /** The cost of the document's one operation, with {@code $first} and the length of {@code $ids} filled in. */
    static int of(String document, Map<String, Integer> variables) {
        var estimate = new QueryCostEstimate(document, variables);
        while (!estimate.tokens.get(estimate.at).equals("{")) {
            estimate.at++;
        }
        return estimate.selection();
    }

    /** At a "{": the cost of every field up to the matching "}". */
    private int selection() {
        int[] parts = selectionParts();
        return Math.max(parts[0], 0) + parts[1];
    }

    /**
     * At a "{": the cost of its {@code nodes} field (-1 when it has none) and of its other fields, apart, since
     * a connection prices its {@code nodes} per element and its {@code pageInfo} once.
     */
    private int[] selectionParts() {
        at++;
        int nodes = -1;
        int other = 0;
        while (!tokens.get(at).equals("}")) {
            String name = tokens.get(at);
            int cost = field();
            if (name.equals("nodes")) {
                nodes = Math.max(nodes, 0) + cost;
            } else {
                other += cost;
            }
        }
        at++;
        return new int[] {nodes, other};
    }

    private int field() {
        String name = tokens.get(at++);
        Integer first = null;
        Integer ids = null;
        if (tokens.get(at).equals("(")) {
            while (!tokens.get(at).equals(")")) {
                if (tokens.get(at).equals("first")) {
                    first = number(tokens.get(at + 2));
                } else if (tokens.get(at).equals("ids")) {
                    ids = number(tokens.get(at + 2));
                }
                at++;
            }
            at++;
        }
        if (!tokens.get(at).equals("{")) {
            return 0;
        }
        int[] parts = selectionParts();
        int children = Math.max(parts[0], 0) + parts[1];
        if (ids != null) {
            return ids * (1 + children);
        }
        if (first != null) {
            // A connection: its nodes per element, its pageInfo once; a plain list: every field per element.
            return parts[0] >= 0 ? 2 + first * (1 + parts[0]) + parts[1] : 2 + first * (1 + children);
        }
        // A connection's nodes are its elements, priced by the connection itself.
        return name.equals("nodes") ? children : 1 + children;
    }

    private int number(String token) {
        if (token.startsWith("$")) {
            return variables.get(token.substring(1));
        }
        return Integer.parseInt(token);
    }

    private static int closingBrace(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            if (text.charAt(i) == '{') {
                depth++;
            } else if (text.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced braces");
    }
}
