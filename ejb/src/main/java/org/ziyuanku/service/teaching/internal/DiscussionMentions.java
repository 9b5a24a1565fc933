package org.ziyuanku.service.teaching.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.domain.teaching.ClassStaff;
import org.ziyuanku.domain.teaching.CourseClass;
import org.ziyuanku.domain.teaching.CourseOffering;
import org.ziyuanku.service.identity.Accounts;
import org.ziyuanku.service.teaching.TeachingAccess;

/**
 * @-mentions (提及) in what a topic's participant writes: {@code @显示名} or {@code @username} of someone who may read the
 * topic (the offering's owner, the staff and the ACTIVE learners of its class, or of the whole offering for an
 * offering-wide topic). A matched mention is wrapped in {@code <span class="zyk-mention">} in the already sanitised
 * and screened text; an {@code @} naming anyone else stays plain text, so nothing tells whether such a person exists.
 */
@ApplicationScoped
public class DiscussionMentions {

    /** The CSS class of a highlighted mention. */
    public static final String CSS_CLASS = "zyk-mention";

    @Inject
    private TeachingAccess teaching;

    @Inject
    private ClassRepository classes;

    @Inject
    private OfferingRepository offerings;

    @Inject
    private Accounts accounts;

    /** The sanitised body with its mentions of the topic's members highlighted, and whom they name. */
    public Mentioned mark(long offeringId, Long classId, String body) {
        if (body.indexOf('@') < 0) {
            return new Mentioned(body, Set.of());
        }
        List<Member> members = members(offeringId, classId);
        Set<Long> named = new LinkedHashSet<>();
        Document doc = Jsoup.parseBodyFragment(body);
        doc.outputSettings().prettyPrint(false);
        doc.body().select("*").forEach(e -> e.textNodes().forEach(n -> mark(n, members, named)));
        return new Mentioned(named.isEmpty() ? body : doc.body().html(), Set.copyOf(named));
    }

    private static void mark(TextNode node, List<Member> members, Set<Long> named) {
        String text = node.getWholeText();
        if (text.indexOf('@') < 0 || node.parentNode() instanceof Element e && e.hasClass(CSS_CLASS)) {
            return;
        }
        StringBuilder html = new StringBuilder();
        int plain = 0;
        boolean any = false;
        for (int i = text.indexOf('@'); i >= 0; i = text.indexOf('@', i + 1)) {
            Member m = match(text, i + 1, members);
            if (m == null || i < plain) {
                continue;
            }
            int end = i + 1 + m.name().length();
            html.append(Entities.escape(text.substring(plain, i))).append("<span class=\"").append(CSS_CLASS)
                    .append("\">").append(Entities.escape(text.substring(i, end))).append("</span>");
            named.add(m.accountId());
            plain = end;
            any = true;
        }
        if (any) {
            html.append(Entities.escape(text.substring(plain)));
            node.before(html.toString());
            node.remove();
        }
    }

    private static Member match(String text, int from, List<Member> members) {
        for (Member m : members) {
            if (text.startsWith(m.name(), from) && boundary(text, from + m.name().length(), m.name())) {
                return m;
            }
        }
        return null;
    }

    /** A Latin name must end at a word boundary, so "@li" does not mention "lisa"'s neighbour "li". */
    private static boolean boundary(String text, int end, String name) {
        return end >= text.length() || !latin(name.charAt(name.length() - 1)) || !latin(text.charAt(end));
    }

    private static boolean latin(char ch) {
        return ch < 128 && (Character.isLetterOrDigit(ch) || ch == '_');
    }

    /** Everyone who may read the topic, by each of their names, longest names first (so "张三丰" wins over "张三"). */
    private List<Member> members(long offeringId, Long classId) {
        Set<Long> ids = new LinkedHashSet<>();
        offerings.find(offeringId).map(CourseOffering::getOwnerId).ifPresent(ids::add);
        List<Long> classIds = classId != null ? List.of(classId)
                : classes.ofOffering(offeringId).stream().map(CourseClass::getId).toList();
        classIds.forEach(c -> classes.staff(c).stream().map(ClassStaff::getAccountId).forEach(ids::add));
        ids.addAll(teaching.activeLearners(offeringId, classId));
        List<Member> members = new ArrayList<>();
        for (UserAccount a : accounts.withIds(ids)) {
            addName(members, a.getId(), a.getDisplayName());
            addName(members, a.getId(), a.getUsername());
        }
        members.sort(Comparator.comparingInt((Member m) -> m.name().length()).reversed());
        return members;
    }

    private static void addName(List<Member> members, long accountId, String name) {
        if (name != null && !name.isBlank()) {
            members.add(new Member(accountId, name.strip()));
        }
    }

    /** A name someone may be mentioned by. */
    private record Member(long accountId, String name) {
    }

    /** The body with highlighted mentions and the account ids it names. */
    public record Mentioned(String body, Set<Long> accountIds) {
    }
}
