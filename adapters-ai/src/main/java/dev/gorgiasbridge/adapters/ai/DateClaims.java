package dev.gorgiasbridge.adapters.ai;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Dates in a draft, in English, French, German and Spanish: "January 5", "5 janvier 2026", "5. Januar",
 * "el 5 de enero", "2026-01-05", "05/01/2026" (read either way round), week days, and words like
 * "tomorrow" or "in a few days". A date must be one the facts name (placed, cancelled, delivered,
 * expected); a week day must fall on one; a relative day ("tomorrow", "demain", "morgen", "mañana") is
 * never in the facts, except in a question ("anything else I can help with today?").
 */
final class DateClaims {
    private static final String BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String AFTER = "(?![\\p{L}\\p{N}])";
    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH = "(" + MONTHS.keySet().stream().sorted((a, b) -> b.length() - a.length())
            .collect(Collectors.joining("|")) + ")\\.?";
    private static final String ORDINAL = "(?:st|nd|rd|th|er|re|e|ème|º|ª|\\.)?";
    private static final Pattern DAY_MONTH = Pattern.compile("(?iu)" + BEFORE + "(\\d{1,2})" + ORDINAL + "\\s*(?:of\\s+|de\\s+)?"
            + MONTH + AFTER + "(?:\\s*,?\\s*(?:de\\s+|del\\s+)?(\\d{4})" + AFTER + ")?");
    private static final Pattern MONTH_DAY = Pattern.compile("(?iu)" + BEFORE + MONTH + "\\s+(?:the\\s+)?(\\d{1,2})"
            + "(?:st|nd|rd|th)?" + AFTER + "(?:\\s*,?\\s*(\\d{4})" + AFTER + ")?");
    private static final Pattern ISO = Pattern.compile(BEFORE + "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})" + AFTER);
    private static final Pattern NUMERIC = Pattern.compile(BEFORE + "(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})" + AFTER);
    private static final Pattern SHORT_NUMERIC = Pattern.compile(BEFORE + "(\\d{1,2})[/.](\\d{1,2})" + AFTER + "(?![/.]\\d)");
    /** Months on their own, leaving out "May" and "March", which are English words too. */
    private static final Pattern MONTH_ALONE = Pattern.compile("(?iu)" + BEFORE + "(" + MONTHS.keySet().stream()
            .filter(name -> name.length() > 4 || Set.of("juin", "juli", "juni", "mai", "mars", "mayo").contains(name))
            .filter(name -> !name.equals("march"))
            .sorted((a, b) -> b.length() - a.length()).collect(Collectors.joining("|")) + ")" + AFTER);
    static final Map<String, DayOfWeek> WEEKDAYS = weekdays();
    static final Pattern WEEKDAY = Pattern.compile("(?iu)" + BEFORE + "(" + String.join("|", WEEKDAYS.keySet()) + ")" + AFTER);
    private static final Pattern RELATIVE = Pattern.compile("(?iu)" + BEFORE + "(?:"
            + "(?:a|one|two|three|a few|\\d+) (?:more )?days? (?:later|after(?:wards)?)|the (?:next|following) day|le lendemain"
            + "|(?:am )?(?:nächsten|folgenden) tag|(?:einen|ein paar|\\d+) tage? später|al día siguiente|(?:un|unos|\\d+) días? después"
            + "|today|tonight|tomorrow|yesterday|(?:this|next|coming) (?:week|weekend|month)|(?:the )?day after tomorrow"
            + "|(?:within|in) (?:the next )?(?:a|one|two|three|four|five|a few|a couple of|few|several|\\d+)(?: more)?"
            + " (?:business |working )?(?:days?|weeks?|hours?)|by the end of (?:the|this) (?:day|week|month)|any day now"
            + "|aujourd'hui|demain|après-demain|ce soir|cette semaine|la semaine prochaine"
            + "|(?:sous|d'ici|dans) (?:\\d+|quelques|deux|trois|quatre|cinq) jours"
            + "|heute|(?<!guten )morgen|übermorgen|gestern|diese woche|nächste woche|kommende woche"
            + "|(?:in|innerhalb von) (?:\\d+|wenigen|ein paar|zwei|drei|vier|fünf) (?:werk)?tagen"
            + "|hoy|mañana|pasado mañana|ayer|esta semana|la próxima semana|la semana que viene|la semana próxima"
            + "|en (?:\\d+|unos|pocos|unos pocos|dos|tres|cuatro|cinco) días"
            + ")" + AFTER);
    /**
     * How long until something happens, which no fact gives: "in two or three days", "une semaine au plus", "in zwei bis drei
     * Tagen", "en dos o tres días" — a count (or a range) of days, weeks or hours, with or without a preposition.
     */
    private static final Pattern DURATION = Pattern.compile("(?iu)" + BEFORE + "(?:\\d+|a|one|two|three|four|five|six|seven|ten|a few"
            + "|a couple of|several|un|une|deux|trois|quatre|cinq|six|sept|dix|quelques|ein|eine|einer|einen|zwei|drei|vier|fünf|sechs"
            + "|sieben|zehn|ein paar|wenigen|einigen|uno|una|dos|tres|cuatro|cinco|seis|siete|diez|unos|unas|pocos|pocas)"
            + "(?:(?: or| to| ou| à| oder| bis| o| a| y)? ?-? ?(?:\\d+|two|three|four|five|six|seven|ten|deux|trois|quatre|cinq|six|sept"
            + "|dix|zwei|drei|vier|fünf|sechs|sieben|zehn|dos|tres|cuatro|cinco|seis|siete|diez))?"
            + " (?:more |business |working |extra )?(?:days|weeks?|hours|jours|semaines?|heures|(?:werk)?tage?n?|wochen?|stunden"
            + "|días|semanas?|horas)" + AFTER);
    /** A deadline by a week day: "by Friday", "d'ici vendredi", "bis Freitag", "antes del viernes" promise a day no fact gives. */
    private static final Pattern DEADLINE = Pattern.compile("(?iu)" + BEFORE + "(?:by|until|before|no later than|d'ici|avant|jusqu'à"
            + "|bis|spätestens|para el|antes del|hasta el)(?: (?:next|this|the|ce|le|prochain|nächsten|diesen|kommenden|el|este"
            + "|próximo))? (?:" + String.join("|", WEEKDAYS.keySet()) + "|the weekend|le week-end|(?:zum )?wochenende|el fin de semana)" + AFTER
            + "|" + BEFORE + "(?:anfang |ende |mitte )?(?:nächste|kommende|diese)[nrms]? woche" + AFTER);
    /** A time said vaguely: "shortly", "soon" (not "as soon as"), "bientôt", "in Kürze", "pronto" (not "tan pronto como"). */
    private static final Pattern VAGUE = Pattern.compile("(?iu)" + BEFORE + "(?<!see you |talk |speak |à |hasta |bis )(?:shortly|(?<!as )soon(?! as)|in the (?:coming|next few) days"
            + "|any (?:day|time) now|bientôt|prochainement|sous peu|très vite|dans les (?:prochains|jours qui viennent)(?: jours)?|bald"
            + "|in kürze|demnächst|in den (?:nächsten|kommenden) tagen|(?<!tan )pronto(?! como)|en breve|próximamente"
            + "|en los próximos días)" + AFTER);
    /** Vague times are promises only about the order: "we'll get back to you shortly" promises the team's own answer. */
    private static final Pattern TEAM_ACTION = Pattern.compile("(?iu)" + BEFORE + "(?:get back|repl|respond|answer|writ|be in touch"
            + "|update you|let you know|keep you|contact|look into|check|confirm|bestätig|revien|revenir|répond|tenir au courant|vérifi|préviend|écri"
            + "|meld|antwort|informier|prüf|kümmer|respond|escrib|inform|mantend|comprob|revis|avis)\\p{L}*" + AFTER);
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]*");

    private final Set<LocalDate> known;

    DateClaims(Set<LocalDate> known) {
        this.known = known;
    }

    /** The first date that is not in the facts, if any. The text must be normalised. */
    Optional<String> firstUnbacked(String text) {
        for (Claim claim : claims(text)) {
            if (!claim.backed()) {
                return Optional.of(text.substring(claim.start(), claim.end()));
            }
        }
        Matcher month = MONTH_ALONE.matcher(blankDates(text));
        while (month.find()) {
            int number = MONTHS.get(month.group(1).toLowerCase(Locale.ROOT));
            if (known.stream().noneMatch(day -> day.getMonthValue() == number)) {
                return Optional.of(month.group());
            }
        }
        Matcher weekday = WEEKDAY.matcher(text);
        while (weekday.find()) {
            DayOfWeek day = WEEKDAYS.get(weekday.group(1).toLowerCase(Locale.ROOT));
            if (known.stream().noneMatch(date -> date.getDayOfWeek() == day)) {
                return Optional.of(weekday.group());
            }
        }
        Matcher sentence = SENTENCE.matcher(text);
        while (sentence.find()) {
            if (!sentence.group().strip().endsWith("?")) {
                for (Pattern time : List.of(RELATIVE, DURATION, DEADLINE)) {
                    Matcher relative = time.matcher(sentence.group());
                    if (relative.find()) {
                        return Optional.of(relative.group());
                    }
                }
                Matcher vague = VAGUE.matcher(sentence.group());
                // "If it does not ship soon, …" supposes a time, it promises none.
                if (vague.find() && !TEAM_ACTION.matcher(sentence.group()).find()
                        && !StatusWords.SUPPOSITION.matcher(sentence.group().substring(0, vague.start())).find()) {
                    return Optional.of(vague.group());
                }
            }
        }
        return Optional.empty();
    }

    /** The text with every date the facts name blanked out, so its digits are not read as numbers. */
    String blankBacked(String text) {
        StringBuilder out = new StringBuilder(text);
        for (Claim claim : claims(text)) {
            if (claim.backed()) {
                for (int i = claim.start(); i < claim.end(); i++) {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out.toString();
    }

    private String blankDates(String text) {
        StringBuilder out = new StringBuilder(text);
        for (Claim claim : claims(text)) {
            for (int i = claim.start(); i < claim.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    /** A date in the draft and the days of the facts it can mean (none when it is not in the facts). */
    record Claim(int start, int end, Set<LocalDate> meaning) {
        boolean backed() {
            return !meaning.isEmpty();
        }
    }

    /** Every date written in the text, in order. */
    List<Claim> in(String text) {
        return claims(text).stream().sorted(java.util.Comparator.comparingInt(Claim::start)).toList();
    }

    private List<Claim> claims(String text) {
        List<Claim> claims = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            add(claims, taken, m, matches(num(m, 1), num(m, 2), num(m, 3)));
        }
        m = NUMERIC.matcher(text);
        while (m.find()) {
            int year = num(m, 3) < 100 ? 2000 + num(m, 3) : num(m, 3);
            add(claims, taken, m, either(matches(year, num(m, 2), num(m, 1)), matches(year, num(m, 1), num(m, 2))));
        }
        m = DAY_MONTH.matcher(text);
        while (m.find()) {
            add(claims, taken, m, matches(Optional.ofNullable(m.group(3)).map(Integer::parseInt), month(m.group(2)), num(m, 1)));
        }
        m = MONTH_DAY.matcher(text);
        while (m.find()) {
            add(claims, taken, m, matches(Optional.ofNullable(m.group(3)).map(Integer::parseInt), month(m.group(1)), num(m, 2)));
        }
        m = SHORT_NUMERIC.matcher(text);
        while (m.find()) {
            // "1/2" is as likely a package count as a day: only a day the facts name counts as a date here.
            Set<LocalDate> meaning = either(matches(Optional.empty(), num(m, 2), num(m, 1)), matches(Optional.empty(), num(m, 1), num(m, 2)));
            if (!meaning.isEmpty()) {
                add(claims, taken, m, meaning);
            }
        }
        return claims;
    }

    private static void add(List<Claim> claims, boolean[] taken, Matcher m, Set<LocalDate> meaning) {
        for (int i = m.start(); i < m.end(); i++) {
            if (taken[i]) {
                return;
            }
        }
        for (int i = m.start(); i < m.end(); i++) {
            taken[i] = true;
        }
        claims.add(new Claim(m.start(), m.end(), meaning));
    }

    private Set<LocalDate> matches(int year, int month, int day) {
        try {
            LocalDate date = LocalDate.of(year, month, day);
            return known.contains(date) ? Set.of(date) : Set.of();
        } catch (DateTimeException e) {
            return Set.of();
        }
    }

    private Set<LocalDate> matches(Optional<Integer> year, int month, int day) {
        return known.stream().filter(date -> date.getMonthValue() == month && date.getDayOfMonth() == day
                && year.map(y -> y == date.getYear()).orElse(true)).collect(Collectors.toSet());
    }

    private static Set<LocalDate> either(Set<LocalDate> one, Set<LocalDate> other) {
        var both = new java.util.HashSet<>(one);
        both.addAll(other);
        return Set.copyOf(both);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT));
    }

    private static Map<String, Integer> months() {
        String[][] names = {
                {"january", "jan", "janvier", "janv", "januar", "jänner", "enero", "ene"},
                {"february", "feb", "février", "fevrier", "févr", "fevr", "februar", "feber", "febrero"},
                {"march", "mar", "mars", "märz", "maerz", "marzo"},
                {"april", "apr", "avril", "avr", "abril", "abr"},
                {"may", "mai", "mayo"},
                {"june", "jun", "juin", "juni", "junio"},
                {"july", "jul", "juillet", "juil", "juli", "julio"},
                {"august", "aug", "août", "aout", "agosto", "ago"},
                {"september", "sept", "sep", "septembre", "septiembre", "setiembre"},
                {"october", "oct", "octobre", "oktober", "okt", "octubre"},
                {"november", "nov", "novembre", "noviembre"},
                {"december", "dec", "décembre", "decembre", "déc", "dezember", "dez", "diciembre", "dic"}};
        Map<String, Integer> months = new java.util.HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                months.put(name, i + 1);
            }
        }
        return Map.copyOf(months);
    }

    private static Map<String, DayOfWeek> weekdays() {
        String[][] names = {
                {"monday", "lundi", "montag", "lunes"},
                {"tuesday", "mardi", "dienstag", "martes"},
                {"wednesday", "mercredi", "mittwoch", "miércoles", "miercoles"},
                {"thursday", "jeudi", "donnerstag", "jueves"},
                {"friday", "vendredi", "freitag", "viernes"},
                {"saturday", "samedi", "samstag", "sonnabend", "sábado", "sabado"},
                {"sunday", "dimanche", "sonntag", "domingo"}};
        Map<String, DayOfWeek> days = new java.util.HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                days.put(name, DayOfWeek.of(i + 1));
            }
        }
        return Map.copyOf(days);
    }
}
