package org.competencygraph.importer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code competency-graph.uploads.*}: bounds on an uploaded release once unpacked (the upload itself is bounded by
 * {@code spring.servlet.multipart.max-file-size}). O*NET 30.1 unpacks to 30 MB in 41 files, ESCO 1.1.1 to 41 MB.
 *
 * @param maxUnpacked the most an archive may unpack to
 * @param maxEntries the most files and folders an archive may hold
 */
@ConfigurationProperties("competency-graph.uploads")
record UploadProperties(@DefaultValue("1GB") DataSize maxUnpacked, @DefaultValue("10000") int maxEntries) {
}
