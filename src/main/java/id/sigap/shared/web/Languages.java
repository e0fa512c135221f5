package id.sigap.shared.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Bahasa Indonesia by default; {@code ?lang=en} switches to English and a cookie keeps the choice. */
@Configuration(proxyBeanMethods = false)
public class Languages implements WebMvcConfigurer {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    public static final List<Locale> SUPPORTED = List.of(INDONESIAN, Locale.ENGLISH);
    static final String COOKIE = "sigap-lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
        resolver.setDefaultLocale(INDONESIAN);
        resolver.setCookieMaxAge(java.time.Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    /** The language of a request before Spring MVC resolved it (filters). */
    public static Locale fromRequest(HttpServletRequest request) {
        String lang = null;
        String query = request.getQueryString();
        if (query != null) {
            for (String part : query.split("&")) {
                if (part.startsWith("lang=")) {
                    lang = part.substring(5);
                }
            }
        }
        if (lang == null && request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (COOKIE.equals(c.getName())) {
                    lang = c.getValue();
                }
            }
        }
        return "en".equals(lang) ? Locale.ENGLISH : INDONESIAN;
    }

    static String jsonEscape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
