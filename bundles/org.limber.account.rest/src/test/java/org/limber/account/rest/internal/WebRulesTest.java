package org.limber.account.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.limber.account.api.LimberPrincipal;
import org.limber.account.api.Role;
import org.limber.account.rest.internal.AccessRules.Need;

/** The filter's pure rules: address ranges, origins and which paths need whom. */
class WebRulesTest {
    private static final LimberPrincipal USER = new LimberPrincipal(2, "bob", Role.USER);
    private static final LimberPrincipal ADMIN = new LimberPrincipal(1, "ann", Role.ADMIN);

    @Test
    void rangesMatchAddressesByPrefix() {
        IpRange ten = IpRange.parse("10.0.0.0/8").orElseThrow();
        IpRange host = IpRange.parse(" 192.0.2.1 ").orElseThrow();
        IpRange v6 = IpRange.parse("fd00::/8").orElseThrow();
        IpRange odd = IpRange.parse("192.0.2.128/25").orElseThrow();

        assertTrue(ten.contains(IpRange.address("10.200.3.4").orElseThrow()));
        assertFalse(ten.contains(IpRange.address("11.0.0.1").orElseThrow()));
        assertTrue(host.contains(IpRange.address("192.0.2.1").orElseThrow()));
        assertFalse(host.contains(IpRange.address("192.0.2.2").orElseThrow()));
        assertTrue(v6.contains(IpRange.address("fd12:3456::1").orElseThrow()));
        assertFalse(v6.contains(IpRange.address("10.0.0.1").orElseThrow()));
        assertTrue(odd.contains(IpRange.address("192.0.2.200").orElseThrow()));
        assertFalse(odd.contains(IpRange.address("192.0.2.100").orElseThrow()));
        assertTrue(IpRange.parse("0.0.0.0/0").orElseThrow().contains(IpRange.address("8.8.8.8").orElseThrow()));
        assertTrue(ten.contains(IpRange.address("::ffff:10.1.1.1").orElseThrow()), "IPv4-mapped IPv6");
    }

    @Test
    void onlyLiteralsAreAddressesAndNothingAsksDns() {
        for (String bad : new String[] {"localhost", "example.org", "10.0.0.256", "10.0.0", "1.2.3.4.5", "", "::g",
                "10.0.0.0/33", "10.0.0.0/x", "fd00::/129", "unknown"}) {
            assertEquals(Optional.empty(), IpRange.parse(bad), bad);
        }
    }

    @Test
    void trustedProxiesAcceptCommaSeparatedValuesAndSkipGarbage() {
        TrustedProxies proxies = TrustedProxies.parse(new String[] {"127.0.0.1, 10.0.0.0/8 proxy.example", "::1"});

        assertTrue(proxies.trusts("127.0.0.1"));
        assertTrue(proxies.trusts("10.9.9.9"));
        assertTrue(proxies.trusts("0:0:0:0:0:0:0:1"));
        assertFalse(proxies.trusts("192.0.2.1"));
        assertFalse(proxies.trusts("proxy.example"));
        assertTrue(TrustedProxies.parse(new String[0]).isEmpty());
        assertTrue(TrustedProxies.parse(null).isEmpty());
    }

    @Test
    void originsMatchSchemeHostAndPort() {
        assertTrue(Origins.sameOrigin("http://127.0.0.1:8181", false, "127.0.0.1:8181"));
        assertTrue(Origins.sameOrigin("https://limber.example", true, "limber.example"));
        assertTrue(Origins.sameOrigin("https://limber.example:443", true, "LIMBER.example"));
        assertTrue(Origins.sameOrigin("http://[::1]:8181", false, "[::1]:8181"));
        assertFalse(Origins.sameOrigin("http://limber.example", true, "limber.example"));
        assertFalse(Origins.sameOrigin("http://127.0.0.1:8182", false, "127.0.0.1:8181"));
        assertFalse(Origins.sameOrigin("http://evil.example", false, "127.0.0.1:8181"));
        assertFalse(Origins.sameOrigin("null", false, "127.0.0.1:8181"));
        assertFalse(Origins.sameOrigin("http://127.0.0.1:8181/path", false, "127.0.0.1:8181"));
        assertFalse(Origins.sameOrigin("http://127.0.0.1:8181", false, null));
        assertFalse(Origins.sameOrigin("http://a b", false, "a b"));
    }

    @Test
    void pathsNeedWhatTheContractSays() {
        assertEquals(Need.SIGNED_IN, AccessRules.need("GET", "/api/v1/journal/check-ins"));
        assertEquals(Need.SIGNED_IN, AccessRules.need("GET", "/api/v1/journal"));
        assertEquals(Need.SIGNED_IN, AccessRules.need("PUT", "/api/v1/routines/3"));
        assertEquals(Need.SIGNED_IN, AccessRules.need("GET", "/api/v1/reminders/deliveries"));
        assertEquals(Need.SIGNED_IN, AccessRules.need("PUT", "/api/v1/exclusions"));
        assertEquals(Need.NOTHING, AccessRules.need("GET", "/api/v1/templates"));
        assertEquals(Need.SIGNED_IN, AccessRules.need("PUT", "/api/v1/account/password"));
        assertEquals(Need.SIGNED_IN, AccessRules.need("GET", "/api/v1/account"));
        assertEquals(Need.ADMINISTRATOR, AccessRules.need("GET", "/api/v1/admin/users"));
        assertEquals(Need.ADMINISTRATOR, AccessRules.need("POST", "/api/v1/admin/packs"));
        assertEquals(Need.ADMINISTRATOR, AccessRules.need("POST", "/api/v1/packs"));
        assertEquals(Need.ADMINISTRATOR, AccessRules.need("DELETE", "/api/v1/packs/x.pack.json"));
        assertEquals(Need.NOTHING, AccessRules.need("GET", "/api/v1/packs"));
        assertEquals(Need.NOTHING, AccessRules.need("HEAD", "/api/v1/packs/x"));
        assertEquals(Need.NOTHING, AccessRules.need("GET", "/api/v1/journalist"));
        assertEquals(Need.NOTHING, AccessRules.need("GET", "/api/v1/accounts"));
        assertEquals(Need.NOTHING, AccessRules.need("POST", "/api/v1/auth/login"));
        assertEquals(Need.NOTHING, AccessRules.need("GET", "/api/v1/exercises"));
    }

    @Test
    void refusalsAre401ForVisitorsAnd403ForUsers() {
        assertEquals(Optional.of(401), AccessRules.refusal("GET", "/api/v1/journal/x", null));
        assertEquals(Optional.empty(), AccessRules.refusal("GET", "/api/v1/journal/x", USER));
        assertEquals(Optional.of(401), AccessRules.refusal("GET", "/api/v1/admin/users", null));
        assertEquals(Optional.of(403), AccessRules.refusal("GET", "/api/v1/admin/users", USER));
        assertEquals(Optional.empty(), AccessRules.refusal("GET", "/api/v1/admin/users", ADMIN));
        assertEquals(Optional.empty(), AccessRules.refusal("GET", "/api/v1/exercises", null));
    }

    @Test
    void onlyReadsAreSafe() {
        for (String method : new String[] {"GET", "HEAD", "OPTIONS"}) {
            assertTrue(AccessRules.isSafe(method), method);
        }
        for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE", "TRACE", "PROPFIND", "get"}) {
            assertFalse(AccessRules.isSafe(method), method);
        }
    }
}
