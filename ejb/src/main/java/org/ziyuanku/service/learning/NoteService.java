package org.ziyuanku.service.learning;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.domain.learning.LearnerNote;
import org.ziyuanku.domain.learning.LearnerTarget;
import org.ziyuanku.domain.learning.NoteVisibility;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.identity.Accounts;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.learning.internal.LearnerTargets;
import org.ziyuanku.service.learning.internal.NoteRepository;
import org.ziyuanku.service.review.ScreenedText;
import org.ziyuanku.service.review.SensitiveWordScreening;
import org.ziyuanku.service.system.AccessDeniedException;

/**
 * Notes (笔记) of a signed-in learner on a published resource or an item of a course they learn: private, or shared
 * with their class (course items only); on video and audio a note keeps the player's position in seconds. The text is
 * plain and screened (a blocked word refuses it, naming the word). Only the author changes or deletes a note; a
 * private note is read only by its author and a shared one also by the class and its staff. Everybody else gets 404,
 * the same as for a note that does not exist, and the refusal is audited.
 */
@Stateless
@PermitAll
public class NoteService {

    @Inject
    private NoteRepository notes;

    @Inject
    private LearnerTargets targets;

    @Inject
    private SensitiveWordScreening screening;

    @Inject
    private Accounts accounts;

    @Inject
    private Caller caller;

    @Inject
    private AuditedCall audited;

    /**
     * Writes a new note.
     *
     * @throws LearnerActionRefusedException a target the caller may not open (404), an empty or too long text, an
     *         unknown audience, a class note on a resource or without a class, a position out of range (400)
     * @throws org.ziyuanku.service.review.SensitiveWordBlockedException naming the blocked words; nothing is stored
     */
    @Audited(action = "NOTE_ADD", target = "note:new")
    public NoteView add(NoteCommand command) {
        long me = learner();
        LearnerTarget target = command.target() == null ? new TargetCommand(null, null, null).target()
                : command.target().target();
        LearnerTargets.Resolved resolved = targets.resolve(target, me);
        Integer position = position(command.positionSeconds());
        LearnerNote note = new LearnerNote(me, target, resolved.title(), resolved.played() ? position : null);
        write(note, command, resolved.classId());
        notes.add(note);
        notes.flush();
        audited.target("note:" + note.getId());
        return view(note, Map.of(me, caller.displayName()), me);
    }

    /** Changes the text and audience of the caller's own note (its target and position stay). */
    @Audited(action = "NOTE_CHANGE")
    public NoteView change(@AuditTarget("note:") long noteId, NoteCommand command) {
        long me = learner();
        LearnerNote note = own(noteId, me);
        Long classId = note.getTarget().isResource() ? null
                : targets.classOf(note.getTarget().offeringId(), me).orElse(null);
        write(note, command, classId);
        return view(note, Map.of(me, caller.displayName()), me);
    }

    /** Deletes the caller's own note. */
    @Audited(action = "NOTE_DELETE")
    public void delete(@AuditTarget("note:") long noteId) {
        notes.remove(own(noteId, learner()));
    }

    /** One note the caller may read. @throws LearnerActionRefusedException 404 otherwise (audited) */
    @Audited(action = "NOTE_READ", outcomes = AuditOutcome.DENIED)
    public NoteView read(@AuditTarget("note:") long noteId) {
        long me = learner();
        LearnerNote note = notes.find(noteId).filter(n -> readable(n, me))
                .orElseThrow(LearnerActionRefusedException::notFound);
        return views(List.of(note), me).get(0);
    }

    /** The caller's notes, newest first. */
    public List<NoteView> mine() {
        long me = learner();
        return views(notes.ofOwner(me), me);
    }

    /** The notes on a target the caller may read (their own and their class's), by position. */
    public List<NoteView> on(TargetCommand command) {
        long me = learner();
        LearnerTarget target = command.target();
        Long classId = target.isResource() ? null : targets.classOf(target.offeringId(), me).orElse(null);
        return views(notes.onTarget(target, me, classId), me);
    }

    private boolean readable(LearnerNote note, long me) {
        if (note.getOwnerId() == me) {
            return true;
        }
        if (note.getVisibility() != NoteVisibility.CLASS || note.getClassId() == null) {
            return false;
        }
        return targets.classOf(note.getTarget().offeringId(), me).filter(note.getClassId()::equals).isPresent()
                || targets.isClassStaff(note.getClassId(), me);
    }

    private LearnerNote own(long noteId, long me) {
        return notes.find(noteId).filter(n -> n.getOwnerId() == me)
                .orElseThrow(LearnerActionRefusedException::notFound);
    }

    private void write(LearnerNote note, NoteCommand command, Long classId) {
        String body = command.body() == null ? "" : command.body().strip();
        if (body.isEmpty() || body.length() > LearnerNote.MAX_BODY) {
            throw new LearnerActionRefusedException("learning.action.noteBody", Integer.toString(LearnerNote.MAX_BODY));
        }
        NoteVisibility visibility = visibility(command.visibility());
        if (visibility == NoteVisibility.CLASS && classId == null) {
            throw new LearnerActionRefusedException("learning.action.noteClass");
        }
        screening.refuseBlocked(List.of(new ScreenedText("body", body)));
        note.write(body, visibility, classId);
    }

    private static NoteVisibility visibility(String value) {
        if (value == null || value.isBlank()) {
            return NoteVisibility.PRIVATE;
        }
        try {
            return NoteVisibility.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new LearnerActionRefusedException("learning.action.noteVisibility", value);
        }
    }

    private static Integer position(Integer seconds) {
        if (seconds != null && (seconds < 0 || seconds > LearnerNote.MAX_POSITION)) {
            throw new LearnerActionRefusedException("learning.action.notePosition",
                    Integer.toString(LearnerNote.MAX_POSITION));
        }
        return seconds;
    }

    private List<NoteView> views(List<LearnerNote> list, long me) {
        Map<Long, String> names = accounts.shownNames(list.stream().map(LearnerNote::getOwnerId)
                .collect(Collectors.toSet()));
        return list.stream().map(n -> view(n, names, me)).toList();
    }

    private static NoteView view(LearnerNote n, Map<Long, String> names, long me) {
        LearnerTarget t = n.getTarget();
        return new NoteView(n.getId(), names.getOrDefault(n.getOwnerId(), ""), t.resourceId(), t.offeringId(),
                t.nodeId(), n.getTitle(), n.getPositionSeconds(), n.getBody(), n.getVisibility().name(),
                n.getUpdatedAt(), n.getOwnerId() == me);
    }

    private long learner() {
        if (caller.isAnonymous()) {
            throw new AccessDeniedException("notes need an account");
        }
        return caller.accountId();
    }
}
