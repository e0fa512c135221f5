package id.sigap.portal.web;

import id.sigap.security.Role;
import java.util.List;

/**
 * Where a user works, in the words of the home page: their agency (null when unknown), each role with the region it
 * is held in, and the distinct regions. A {@code null} place is the whole country.
 */
record Workplace(String agencyName, List<Assignment> assignments, List<Place> places, boolean national) {

    Workplace {
        assignments = List.copyOf(assignments);
        places = List.copyOf(places);
    }

    record Assignment(Role role, Place place) {}

    /** A region as shown to people: its name, and whether it is a province (so the page can say "Provinsi …"). */
    record Place(String code, String name, boolean province) {}
}
