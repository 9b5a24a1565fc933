package org.ziyuanku.service.learning;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ziyuanku.domain.learning.Favourite;
import org.ziyuanku.domain.learning.FavouriteFolder;
import org.ziyuanku.domain.learning.LearnerTarget;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.learning.internal.FavouriteRepository;
import org.ziyuanku.service.learning.internal.LearnerTargets;
import org.ziyuanku.service.review.ScreenedText;
import org.ziyuanku.service.review.SensitiveWordScreening;
import org.ziyuanku.service.system.AccessDeniedException;

/**
 * Favourites (收藏) of a signed-in learner: a published resource or an item of a course they learn, in one of their
 * named folders ({@link #DEFAULT_FOLDER} when none is named, created on first use). Saving a target twice moves it.
 * The list keeps a favourite whose resource was taken down, marked unavailable. Another learner's favourite or folder
 * is not found (404, audited).
 */
@Stateless
@PermitAll
public class FavouriteService {

    /** The folder a favourite goes to when none is named. */
    public static final String DEFAULT_FOLDER = "默认收藏夹";

    @Inject
    private FavouriteRepository favourites;

    @Inject
    private LearnerTargets targets;

    @Inject
    private SensitiveWordScreening screening;

    @Inject
    private Caller caller;

    @Inject
    private AuditedCall audited;

    /**
     * Saves the target into the named folder (created if new; the default folder when blank), or moves it there when
     * it is saved already.
     *
     * @throws LearnerActionRefusedException a target the caller may not open (404), a folder name too long (400)
     */
    @Audited(action = "FAVOURITE_ADD", target = "favourite:new")
    public FavouriteView add(TargetCommand command, String folderName) {
        long me = learner();
        LearnerTarget target = command.target();
        LearnerTargets.Resolved resolved = targets.resolve(target, me);
        FavouriteFolder folder = folderOrCreate(me, folderName);
        Favourite favourite = favourites.favouriteOf(me, target).orElse(null);
        if (favourite == null) {
            favourite = new Favourite(me, folder.getId(), target, resolved.title());
            favourites.add(favourite);
        } else {
            favourite.moveTo(folder.getId());
        }
        favourites.flush();
        audited.target("favourite:" + favourite.getId());
        return view(favourite, Map.of(folder.getId(), folder), true);
    }

    /** Creates a folder (or answers the existing one of that name). */
    @Audited(action = "FAVOURITE_FOLDER_ADD", target = "favourite-folder:new")
    public FolderView addFolder(String name) {
        FavouriteFolder folder = folderOrCreate(learner(), name);
        audited.target("favourite-folder:" + folder.getId());
        return new FolderView(folder.getId(), folder.getName(), favourites.count(folder.getId()));
    }

    /** Moves the caller's favourite into another of their folders (by name, created if new). */
    @Audited(action = "FAVOURITE_MOVE")
    public FavouriteView move(@AuditTarget("favourite:") long favouriteId, String folderName) {
        long me = learner();
        Favourite favourite = favourites.favourite(me, favouriteId).orElseThrow(LearnerActionRefusedException::notFound);
        FavouriteFolder folder = folderOrCreate(me, folderName);
        favourite.moveTo(folder.getId());
        return views(me, List.of(favourite)).get(0);
    }

    /** Removes the caller's favourite. */
    @Audited(action = "FAVOURITE_REMOVE")
    public void remove(@AuditTarget("favourite:") long favouriteId) {
        long me = learner();
        favourites.remove(favourites.favourite(me, favouriteId).orElseThrow(LearnerActionRefusedException::notFound));
    }

    /** Removes the caller's favourite of the target, if saved; answers whether there was one. */
    @Audited(action = "FAVOURITE_REMOVE", target = "favourite:target")
    public boolean removeTarget(TargetCommand command) {
        long me = learner();
        return favourites.favouriteOf(me, command.target()).map(f -> {
            favourites.remove(f);
            return true;
        }).orElse(false);
    }

    /** The caller's favourites, in one of their folders when {@code folderId} is not null, newest first. */
    public List<FavouriteView> mine(Long folderId) {
        long me = learner();
        if (folderId != null && favourites.folder(me, folderId).isEmpty()) {
            throw LearnerActionRefusedException.notFound();
        }
        return views(me, favourites.favourites(me, folderId));
    }

    /** The caller's folders with their counts, oldest first (none before the first favourite). */
    public List<FolderView> folders() {
        long me = learner();
        return favourites.folders(me).stream()
                .map(f -> new FolderView(f.getId(), f.getName(), favourites.count(f.getId()))).toList();
    }

    /** Whether the caller has saved the target (false for anonymous callers). */
    public boolean saved(TargetCommand command) {
        return !caller.isAnonymous() && favourites.favouriteOf(caller.accountId(), command.target()).isPresent();
    }

    private List<FavouriteView> views(long me, List<Favourite> list) {
        Map<Long, FavouriteFolder> folders = favourites.folders(me).stream()
                .collect(Collectors.toMap(FavouriteFolder::getId, Function.identity()));
        Set<Long> available = targets.availableResources(list.stream().map(f -> f.getTarget().resourceId())
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return list.stream().map(f -> view(f, folders, f.getTarget().isResource()
                ? available.contains(f.getTarget().resourceId())
                : targets.itemAvailable(f.getTarget().offeringId(), f.getTarget().nodeId()))).toList();
    }

    private static FavouriteView view(Favourite f, Map<Long, FavouriteFolder> folders, boolean available) {
        LearnerTarget t = f.getTarget();
        FavouriteFolder folder = folders.get(f.getFolderId());
        return new FavouriteView(f.getId(), f.getFolderId(), folder == null ? "" : folder.getName(), t.resourceId(),
                t.offeringId(), t.nodeId(), f.getTitle(), available, f.getCreatedAt());
    }

    private FavouriteFolder folderOrCreate(long me, String name) {
        String n = name == null || name.isBlank() ? DEFAULT_FOLDER : name.strip();
        if (n.length() > FavouriteFolder.MAX_NAME) {
            throw new LearnerActionRefusedException("learning.action.folderName",
                    Integer.toString(FavouriteFolder.MAX_NAME));
        }
        return favourites.folderNamed(me, n).orElseGet(() -> {
            screening.refuseBlocked(List.of(new ScreenedText("folder", n)));
            FavouriteFolder folder = new FavouriteFolder(me, n);
            favourites.add(folder);
            favourites.flush();
            return folder;
        });
    }

    private long learner() {
        if (caller.isAnonymous()) {
            throw new AccessDeniedException("favourites need an account");
        }
        return caller.accountId();
    }
}
