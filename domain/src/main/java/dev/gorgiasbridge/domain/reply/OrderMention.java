package dev.gorgiasbridge.domain.reply;

import dev.gorgiasbridge.domain.shipment.ShipmentAnalysis;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order number a customer names in their message or the ticket's subject: "#1042", "order 1042",
 * "order no. 1042", "commande n° 1042", "Bestellung 1042", "Bestellnummer: 1042", "pedido nº 1042". A number
 * counts only after "#" or after a word for an order, so a tracking number, a postcode or a date is never
 * taken for one. Matched against Shopify's order names by their number ("#1042", "1042", "LQ-1042" all
 * name order 1042).
 *
 * @param number the digits the customer wrote, without leading zeros
 */
public record OrderMention(String number) {
    // A word for an order, then optional "number" / "no." / "n°" / "#" / ":" / "is", then the digits. The
    // digits must not run on into a date ("order 2026-01-05") or a longer code.
    private static final String ORDER_WORD = "(?:orders?|order[- ]?(?:number|no|nr|id)|ordine|commandes?|"
            + "bestellung(?:snummer)?|bestellnummer|bestell-?nr|auftrag(?:snummer)?|pedidos?|encomenda)";
    private static final String NUMBER_WORD = "(?:number|num(?:é|e)ro|número|nummer|no|nr|n|nº|n°|núm|num|#|:|\\.|is|est|ist|es|era|war|was)";
    // Words for an order in scripts without spaces between words or with their own word forms (Japanese,
    // Chinese, Korean, Russian, Arabic): "注文番号#5001の商品", "订单号5001", "주문번호 5001", "заказ №5001",
    // "رقم الطلب 5001". No word boundary is asked around them: CJK text runs on without one.
    private static final String SCRIPT_ORDER_WORD = "(?:ご?注文(?:番号)?|订单(?:号|编号)?|訂單(?:號碼|編號|號)?|주문(?:\\s*번호)?|"
            + "(?<!\\p{IsCyrillic})заказ(?:а|е|у|ом)?(?!\\p{IsCyrillic})|طلبي|طلبية|الطلب|طلب)";
    private static final String SCRIPT_NUMBER_WORD = "(?:番号|号|號|번호|номер|№|رقم|#|:|：|は|の|\\.)";
    // After a word, at least three digits ("order 25 units" names no order); after "#", two. "&#39;" is no order,
    // nor a Latin code glued to "#" ("SKU#12"); any other script may run into it ("注文番号#5001の商品").
    // The digits are never glued to other digits on either side.
    private static final Pattern MENTION = Pattern.compile(
            "(?:\\b" + ORDER_WORD + "\\b(?:\\s*" + NUMBER_WORD + ")*\\s*#?\\s*(\\d{3,12})"
                    + "|" + SCRIPT_ORDER_WORD + "(?:\\s*" + SCRIPT_NUMBER_WORD + ")*\\s*(\\d{3,12})"
                    + "|(?<![&_\\p{IsLatin}\\d])#\\s?(\\d{2,12}))"
                    + "(?![\\d/.,:-]*\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    public OrderMention {
        Objects.requireNonNull(number, "number");
        number = withoutLeadingZeros(number);
        if (!number.chars().allMatch(Character::isDigit) || number.isEmpty()) {
            throw new IllegalArgumentException("an order number is digits, got " + number);
        }
    }

    /** Every order number named in the texts, in the order they appear (message before subject), each once. */
    public static List<OrderMention> in(List<Optional<String>> texts) {
        return texts.stream().flatMap(Optional::stream)
                .flatMap(text -> MENTION.matcher(text).results().map(OrderMention::digits))
                .filter(digits -> !withoutLeadingZeros(digits).isEmpty())
                .map(OrderMention::new).distinct().toList();
    }

    /** The digits of whichever form matched, as ASCII digits (a customer may write "٥٠٠١" or "５００１"). */
    private static String digits(java.util.regex.MatchResult match) {
        String digits = match.group(1) != null ? match.group(1) : match.group(2) != null ? match.group(2) : match.group(3);
        StringBuilder ascii = new StringBuilder(digits.length());
        digits.codePoints().forEach(c -> ascii.append((char) ('0' + Character.digit(c, 10))));
        return ascii.toString();
    }

    /**
     * The order the customer asks about among {@code orders}: the first named number that is one of them; or,
     * when none is, the first number named, not among them.
     */
    public static Optional<Asked> asked(List<OrderMention> mentions, List<ShipmentAnalysis> orders) {
        for (OrderMention mention : mentions) {
            Optional<ShipmentAnalysis> order = orders.stream().filter(o -> mention.names(o.orderName())).findFirst();
            if (order.isPresent()) {
                return Optional.of(new Asked.Found(mention, order.get()));
            }
        }
        return mentions.stream().findFirst().map(Asked.NotAmongOrders::new);
    }

    /** Whether Shopify's order name (e.g. "#1042", "LQ-1042-EU") carries this number. */
    public boolean names(String orderName) {
        Matcher digits = DIGITS.matcher(orderName);
        while (digits.find()) {
            if (withoutLeadingZeros(digits.group()).equals(number)) {
                return true;
            }
        }
        return false;
    }

    /** How the number is shown: "#1042". */
    @Override
    public String toString() {
        return "#" + number;
    }

    private static String withoutLeadingZeros(String digits) {
        return digits.replaceFirst("^0+", "");
    }

    /** What the customer's named order turned out to be. */
    public sealed interface Asked {
        OrderMention mention();

        /** One of the customer's orders found: the reply is about it, the note lists it first. */
        record Found(OrderMention mention, ShipmentAnalysis order) implements Asked {
        }

        /** Not among the customer's orders found: the agent is told, the reply never invents it. */
        record NotAmongOrders(OrderMention mention) implements Asked {
        }
    }
}
