package org.ziyuanku.domain.resource;

/**
 * The kind of a granular resource (颗粒化资源) as the seed names them: text/document, image, animation, video,
 * audio, virtual simulation, and other. The kind is recognised from the file's real content, not its name.
 */
public enum ResourceKind {
    DOCUMENT, IMAGE, ANIMATION, VIDEO, AUDIO, SIMULATION, OTHER;

    /** Text and images together must stay at or below 30 % of a library's resources (seed 002 §三.二.3). */
    public boolean isTextOrImage() {
        return this == DOCUMENT || this == IMAGE;
    }
}
