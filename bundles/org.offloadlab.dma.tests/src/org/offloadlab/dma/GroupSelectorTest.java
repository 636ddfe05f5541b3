package org.offloadlab.dma;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class GroupSelectorTest {

    private static ConnectionAttributes a(int port, String remote, int app, int tc) {
        return new ConnectionAttributes(port, IpAddress.parse(remote), app, tc, 0, 0);
    }

    @Test
    void firstMatchingRuleWinsElseDefault() {
        GroupSelector s = new GroupSelector();
        s.setRules(List.of(GroupRule.to(1).withLocalPorts(80, 80), GroupRule.to(2).withLocalPorts(0, 1023),
                GroupRule.to(3).withRemote(AddressPrefix.parse("10.0.0.0/8"))));
        assertEquals(1, s.select(a(80, "10.1.1.1", 0, 0)));
        assertEquals(2, s.select(a(22, "10.1.1.1", 0, 0)));
        assertEquals(3, s.select(a(8080, "10.1.1.1", 0, 0)));
        assertEquals(GroupSelector.DEFAULT_GROUP, s.select(a(8080, "192.168.0.1", 0, 0)));
    }

    @Test
    void everyAttributeNarrowsARule() {
        GroupRule r = GroupRule.to(4).withApplication(7).withTrafficClass(46).withSizeClasses(1, 2)
                .withAgeClasses(0, 0).withRemote(AddressPrefix.parse("2001:db8::/32"));
        ConnectionAttributes ok = new ConnectionAttributes(443, IpAddress.parse("2001:db8::5"), 7, 46, 1, 0);
        assertTrue(r.matches(ok));
        assertFalse(r.matches(new ConnectionAttributes(443, IpAddress.parse("2001:db9::5"), 7, 46, 1, 0)));
        assertFalse(r.matches(new ConnectionAttributes(443, IpAddress.parse("2001:db8::5"), 8, 46, 1, 0)));
        assertFalse(r.matches(new ConnectionAttributes(443, IpAddress.parse("2001:db8::5"), 7, 0, 1, 0)));
        assertFalse(r.matches(ok.withClasses(3, 0)));
        assertFalse(r.matches(ok.withClasses(1, 1)));
        assertFalse(r.matches(new ConnectionAttributes(443, IpAddress.parse("10.0.0.1"), 7, 46, 1, 0)),
                "an IPv6 prefix never matches an IPv4 address");
    }

    @Test
    void prefixesMatchOnTheirBitsOnly() {
        assertTrue(AddressPrefix.parse("10.1.0.0/16").contains(IpAddress.parse("10.1.255.7")));
        assertFalse(AddressPrefix.parse("10.1.0.0/16").contains(IpAddress.parse("10.2.0.7")));
        assertTrue(AddressPrefix.parse("0.0.0.0/0").contains(IpAddress.parse("1.2.3.4")));
        assertTrue(AddressPrefix.parse("2001:db8::1/128").contains(IpAddress.parse("2001:db8::1")));
        assertFalse(AddressPrefix.parse("2001:db8::1/128").contains(IpAddress.parse("2001:db8::2")));
        assertTrue(AddressPrefix.parse("2001:db8:0:0:8000::/65").contains(IpAddress.parse("2001:db8::8000:0:0:1")));
        assertEquals("10.1.2.3", IpAddress.parse("10.1.2.3").toString());
    }

    @Test
    void badAddressesAndRulesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> IpAddress.parse("example.org"));
        assertThrows(IllegalArgumentException.class, () -> IpAddress.parse("10.1.2"));
        assertThrows(IllegalArgumentException.class, () -> AddressPrefix.parse("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> GroupRule.to(1).withLocalPorts(90, 80));
        DmaManager m = new DmaManager(Fixture.small(), HostSink.NONE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> m.setRules(List.of(GroupRule.to(9))));
        assertEquals("rule 0 names group 9, which is not active", e.getMessage());
    }

    @Test
    void managerShowsGroupOfConnectionAndMembers() {
        Fixture f = new Fixture(Fixture.small());
        int web = f.m.createGroup(GroupConfig.of("web", 0, 1, 4, ExhaustionPolicy.SHRINK_WINDOW), 0);
        f.m.setRules(List.of(GroupRule.to(web).withLocalPorts(443, 443)));
        f.open(0, 443);
        f.open(1, 22);
        f.open(2, 443);
        assertEquals(web, f.m.groupOf(0));
        assertEquals(0, f.m.groupOf(1));
        assertArrayEquals(new int[]{2, 0}, f.m.members(web));
        f.m.close(2, 0);
        assertArrayEquals(new int[]{0}, f.m.members(web));
        // the age class changed: a rule for old connections moves it back to the default group
        f.m.setRules(List.of(GroupRule.to(web).withLocalPorts(443, 443).withAgeClasses(0, 0)));
        assertEquals(0, f.m.reclassify(0, Fixture.attrs(443).withClasses(0, 1), 0));
        assertArrayEquals(new int[]{0, 1}, f.m.members(0));
    }
}
