package id.sigap.security.internal;

import id.sigap.shared.SigapException.FieldProblem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a password must satisfy: at least {@value #MIN_LENGTH} characters, three of the four character classes
 * (lower case, upper case, digit, symbol), not the username (give or take digits and symbols around it), not a common password. Every broken rule is
 * reported at once, each with its own message code.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    public static final int MIN_CLASSES = 3;

    private final Set<String> common;

    public PasswordRules(Set<String> common) {
        this.common = common.stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** The rules with the bundled list of common passwords. */
    public static PasswordRules standard() {
        try (InputStream in = PasswordRules.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new PasswordRules(reader.lines()
                    .map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toSet()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The broken rules for {@code password} of {@code username}, reported on {@code field}; empty when fine. */
    public List<FieldProblem> check(String field, String username, String password) {
        List<FieldProblem> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add(new FieldProblem(field, "field.required"));
            return problems;
        }
        if (password.length() < MIN_LENGTH) {
            problems.add(new FieldProblem(field, "password.too-short", MIN_LENGTH));
        }
        if (password.length() > MAX_LENGTH) {
            problems.add(new FieldProblem(field, "password.too-long", MAX_LENGTH));
            return problems;
        }
        if (characterClasses(password) < MIN_CLASSES) {
            problems.add(new FieldProblem(field, "password.too-simple", MIN_CLASSES));
        }
        if (isUsername(username, password)) {
            problems.add(new FieldProblem(field, "password.same-as-username"));
        }
        if (isCommon(password)) {
            problems.add(new FieldProblem(field, "password.common"));
        }
        return problems;
    }

    static int characterClasses(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean symbol = false;
        for (int i = 0; i < password.length(); ) {
            int c = password.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isLowerCase(c)) {
                lower = true;
            } else if (!Character.isLetter(c)) {
                symbol = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }

    /** The username itself, or the username with digits and symbols around it ({@code budi2025!}). */
    static boolean isUsername(String username, String password) {
        if (username == null || username.isBlank()) {
            return false;
        }
        String name = username.trim().toLowerCase(Locale.ROOT);
        String lower = password.toLowerCase(Locale.ROOT);
        String core = trimDigitsAndSymbols(name);
        return lower.equals(name)
                || (!core.isEmpty() && trimDigitsAndSymbols(lower).equals(core));
    }

    private static String trimDigitsAndSymbols(String s) {
        return s.replaceAll("^[\\d\\p{Punct}\\s]+", "").replaceAll("[\\d\\p{Punct}\\s]+$", "");
    }

    boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        String core = lower.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
        String trimmed = trimDigitsAndSymbols(lower);
        return common.contains(lower)
                || common.contains(core)
                || common.contains(trimmed)
                || common.contains(unleet(trimmed))
                || common.contains(unleet(lower));
    }

    /** Undoes the usual letter substitutions (p@ssw0rd → password). */
    static String unleet(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(
                    switch (c) {
                        case '0' -> 'o';
                        case '1', '!' -> 'i';
                        case '3' -> 'e';
                        case '4', '@' -> 'a';
                        case '5', '$' -> 's';
                        case '7' -> 't';
                        default -> c;
                    });
        }
        return out.toString();
    }
}
