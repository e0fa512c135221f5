package id.sigap.organization.internal;

import java.util.Map;

/** Orders sub-task forces I, II, …, X rather than alphabetically. */
final class RomanNumerals {

    private static final Map<Character, Integer> DIGITS = Map.of('I', 1, 'V', 5, 'X', 10, 'L', 50, 'C', 100);

    private RomanNumerals() {}

    static int value(String numeral) {
        int total = 0;
        for (int i = 0; i < numeral.length(); i++) {
            int v = DIGITS.getOrDefault(numeral.charAt(i), 0);
            int next = i + 1 < numeral.length() ? DIGITS.getOrDefault(numeral.charAt(i + 1), 0) : 0;
            total += v < next ? -v : v;
        }
        return total;
    }
}
