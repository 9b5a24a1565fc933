package org.ziyuanku.web.console.learning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.ziyuanku.service.learning.FavouriteService;
import org.ziyuanku.service.learning.FavouriteView;
import org.ziyuanku.service.learning.FolderView;
import org.ziyuanku.web.faces.PageIds;

/**
 * "My favourites" (我的收藏, console/learning/favourites.xhtml): the learner's folders and favourites, one folder with
 * {@code ?folder=}; a favourite that is no longer available is listed without a link. Moving and removing go through
 * the API (js/learner-actions.js); the page keeps no state.
 */
@Named
@RequestScoped
public class LearningFavouritesBean {

    @EJB
    private FavouriteService favourites;

    private String folder;
    private List<FavouriteView> list;
    private List<FolderView> folders;

    public List<FavouriteView> getFavourites() {
        if (list == null) {
            list = favourites.mine(folderId());
        }
        return list;
    }

    public List<FolderView> getFolders() {
        if (folders == null) {
            folders = favourites.folders();
        }
        return folders;
    }

    /** The folder shown, or null for all. */
    public Long folderId() {
        return folder == null || folder.isBlank() ? null : PageIds.of(folder);
    }

    public String getFolder() {
        return folder;
    }

    public void setFolder(String folder) {
        this.folder = folder;
    }
}
