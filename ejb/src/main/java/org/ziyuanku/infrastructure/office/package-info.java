/** Office file helpers shared by the exports of several contexts (Apache POI). */
package org.ziyuanku.infrastructure.office;
