package dev.gorgiasbridge.adapters.ai;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names of common parcel carriers, so a draft naming one the facts do not (UPS when USPS has the parcel)
 * is caught. Acronyms match in capitals only: "ups" and "gls" are words too.
 */
final class CarrierNames {
    private static final List<Pattern> NAMES = List.of(
            "UPS", "USPS", "DHL", "TNT", "GLS", "DPD", "(?i:fedex)", "(?i:royal mail)", "(?i:parcelforce)", "(?i:evri)",
            "(?i:hermes)", "(?i:yodel)", "(?i:canada post)", "(?i:purolator)", "(?i:australia post)", "(?i:la poste)",
            "(?i:colissimo)", "(?i:chronopost)", "(?i:mondial relay)", "(?i:postnl)", "(?i:deutsche post)", "(?i:bpost)",
            "(?i:correos)", "(?i:poste italiane)", "(?i:ontrac)", "(?i:amazon logistics)", "(?i:asendia)")
            .stream().map(name -> Pattern.compile("(?<![\\p{L}\\p{N}])" + name + "(?![\\p{L}\\p{N}])")).toList();

    private CarrierNames() {
    }

    /** Whether the draft names a carrier that none of the facts' carriers is called. */
    static boolean unbackedIn(String draft, Collection<String> factCarriers) {
        return NAMES.stream().anyMatch(name -> name.matcher(draft).find()
                && factCarriers.stream().noneMatch(carrier -> name.matcher(carrier).find()
                        || name.matcher(carrier.toUpperCase(Locale.ROOT)).find()));
    }
}
