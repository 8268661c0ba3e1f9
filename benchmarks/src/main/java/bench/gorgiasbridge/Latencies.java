package bench.gorgiasbridge;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Percentiles of a set of latencies in microseconds (exact: every sample is kept and sorted). */
final class Latencies {
    private Latencies() {
    }

    static Map<String, Object> summary(long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        var out = new LinkedHashMap<String, Object>();
        out.put("p50_ms", ms(at(sorted, 0.50)));
        out.put("p95_ms", ms(at(sorted, 0.95)));
        out.put("p99_ms", ms(at(sorted, 0.99)));
        out.put("max_ms", ms(sorted.length == 0 ? 0 : sorted[sorted.length - 1]));
        return out;
    }

    static long at(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static double ms(long micros) {
        return Math.round(micros / 10.0) / 100.0;
    }
}
