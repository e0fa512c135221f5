package id.sigap.security.web.chain;

import id.sigap.security.internal.AccessTokens;
import id.sigap.security.internal.AccountAuthenticationProvider;
import id.sigap.security.internal.AccountStore;
import id.sigap.security.internal.GrantStore;
import id.sigap.security.internal.OidcAccounts;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.authentication.builders.AuthenticationManagerBuilder;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The one filter chain: public paths, form login (and OpenID Connect when configured), personal access tokens for
 * {@code /api/**}, CSRF for forms, security headers, and problem-details answers for the API instead of redirects.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; img-src 'self' data: https://*.tile.openstreetmap.org; "
            + "style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    static final String[] PUBLIC = {
        "/login",
        "/css/**",
        "/js/**",
        "/webjars/**",
        "/actuator/health",
        "/actuator/health/**",
        "/api/v1/regions",
        "/api/v1/regions/**",
        "/api/v1/countries",
        "/api/v1/countries/**",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/error",
        "/error/**",
        "/favicon.ico",
        "/lapor",
        "/lapor/**",
        "/statistik",
        "/statistik/**",
        "/api/v1/public/**",
        "/tentang"
    };

    static final RequestMatcher API = request -> path(request).startsWith("/api/");
    static final RequestMatcher BEARER = request -> {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    };
    static final RequestMatcher HTMX = request -> "true".equals(request.getHeader("HX-Request"));

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    }

    @Bean
    SecurityFilterChain sigapFilterChain(
            HttpSecurity http,
            AccountAuthenticationProvider accounts,
            AccountStore accountStore,
            GrantStore grantStore,
            LoginHandlers handlers,
            ApiProblems problems,
            AccessDeniedPages deniedPages,
            SecurityContextRepository contextRepository,
            AccessTokens tokens,
            Clock clock,
            ObjectProvider<ClientRegistrationRepository> oidc,
            OidcAccounts oidcAccounts)
            throws Exception {
        RequestCache requestCache = requestCache();
        // no fallback to the global AuthenticationManager: it holds the same provider and would count every
        // failed sign-in twice
        http.getSharedObject(AuthenticationManagerBuilder.class).parentAuthenticationManager(null);
        http.authenticationProvider(accounts)
                .securityContext(c -> c.securityContextRepository(contextRepository))
                .authorizeHttpRequests(a -> a.requestMatchers(PUBLIC)
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token")
                        .permitAll()
                        // the public report API: filing a report and reading its status; officers' report
                        // endpoints below /api/v1/reports need a sign-in like every other API
                        .requestMatchers(HttpMethod.POST, "/api/v1/reports")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/reports/status/**")
                        .permitAll()
                        .requestMatchers("/admin/**", "/api/v1/users", "/api/v1/users/**")
                        .hasRole("SYSTEM_ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(f -> f.loginPage("/login")
                        .loginProcessingUrl("/login")
                        .successHandler(handlers.success(requestCache))
                        .failureHandler(handlers.failure())
                        .permitAll())
                .logout(l -> l.logoutUrl("/logout")
                        .logoutSuccessHandler(handlers.logoutSuccess())
                        .invalidateHttpSession(true)
                        .deleteCookies("JSESSIONID"))
                .requestCache(c -> c.requestCache(requestCache))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .csrf(c -> c.ignoringRequestMatchers(
                        request -> API.matches(request) && BEARER.matches(request),
                        request -> path(request).equals("/api/v1/auth/token"),
                        request -> path(request).startsWith("/api/v1/public/"),
                        request -> path(request).equals("/api/v1/reports") && !BEARER.matches(request)))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny()))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                                (req, res, ex) -> problems.write(req, res, 401, "auth.required"), API)
                        .defaultAuthenticationEntryPointFor(
                                (req, res, ex) -> {
                                    res.setStatus(401);
                                    res.setHeader("HX-Redirect", req.getContextPath() + "/login");
                                },
                                HTMX)
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
                        .defaultAccessDeniedHandlerFor(
                                (req, res, ex) -> problems.write(req, res, 403, "access.denied"), API)
                        .defaultAccessDeniedHandlerFor(deniedPages, request -> true))
                .addFilterBefore(new AccessTokenFilter(tokens, problems, clock), AnonymousAuthenticationFilter.class)
                .addFilterBefore(new FreshGrantsFilter(accountStore, grantStore), AuthorizationFilter.class);
        if (oidc.getIfAvailable() != null) {
            OidcLoginHandlers oidcHandlers =
                    new OidcLoginHandlers(oidcAccounts, grantStore, contextRepository, handlers, requestCache);
            http.oauth2Login(o -> o.loginPage("/login")
                    .userInfoEndpoint(u -> u.oidcUserService(oidcAccounts))
                    .successHandler(oidcHandlers.success())
                    .failureHandler(oidcHandlers.failure()));
        }
        return http.build();
    }

    /** Only page visits are remembered for the redirect after signing in, never API calls or htmx fragments. */
    private static RequestCache requestCache() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(request -> "GET".equals(request.getMethod())
                && !API.matches(request)
                && !HTMX.matches(request)
                && !path(request).startsWith("/.well-known/"));
        cache.setMatchingRequestParameterName(null);
        return cache;
    }

    static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
