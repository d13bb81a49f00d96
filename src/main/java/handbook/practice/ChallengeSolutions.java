package handbook.practice;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * "Try before you see": a challenge section keeps its statement (the text and its {@code check=setup} schema and
 * data) visible and moves the solution — everything after the last setup listing, or from the first listing on
 * when there is none (the Python problems) — into {@code <details class="solution">} behind "Show solution".
 */
final class ChallengeSolutions {
    private ChallengeSolutions() {}

    /** The two halves of a challenge; {@code statement} is a detached copy, {@code solution} the live solution body. */
    record Split(Element statement, Element solution) {}

    /** Returns null when the section has no listing to hide. */
    static Split hide(Element heading, String id) {
        Element section = heading.parent();
        if (section == null) {
            return null;
        }
        List<Element> after = new ArrayList<>();
        boolean seen = false;
        for (Element child : section.children()) {
            if (seen) {
                after.add(child);
            } else if (child == heading) {
                seen = true;
            }
        }
        int start = -1;
        for (int i = 0; i < after.size(); i++) {
            if (after.get(i).hasClass("check-setup")) {
                start = i + 1;
            }
        }
        if (start < 0) {
            for (int i = 0; i < after.size() && start < 0; i++) {
                if (after.get(i).hasClass("listingblock")) {
                    start = i;
                }
            }
        }
        if (start < 0 || start >= after.size()) {
            return null;
        }
        Element statement = new Element("div");
        after.subList(0, start).forEach(e -> statement.appendChild(e.clone()));
        section.attr("data-challenge", id);
        Element details = new Element("details").addClass("solution");
        details.appendElement("summary").addClass("solution-toggle").text("Show solution");
        Element body = details.appendElement("div").addClass("solution-body");
        after.get(start).before(details);
        after.subList(start, after.size()).forEach(body::appendChild);
        return new Split(statement, body);
    }
}
