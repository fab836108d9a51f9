package org.competencygraph.semantic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/**
 * One kind of stored vector: which nodes carry it, in which property, computed from which text. Each vector's key
 * (model and a hash of its text) is stored beside it in {@code <property>Key}, so that a refresh computes only the
 * vectors whose text changed since.
 *
 * @param label the nodes' label
 * @param property the property holding the vector (LIST&lt;FLOAT&gt;, 384 unit-length values)
 * @param index the vector index over it; null where the vectors are only read all at once (no search by meaning)
 * @param text Cypher expression of {@code n}'s text; null or blank means the node has no such vector
 * @param description what the vectors are, for people
 */
record EmbeddedText(String label, String property, @Nullable String index, String text, String description) {

	/** A capability's preferred name: what text naming a concept is compared with. */
	static final EmbeddedText CAPABILITY_NAME = new EmbeddedText("Capability", "embedding", "capability_embedding",
			"n.name", "capability names");

	/** A capability's name with its description, which tells apart concepts with similar names. */
	static final EmbeddedText CAPABILITY_DESCRIPTION = new EmbeddedText("Capability", "descriptionEmbedding",
			"capability_description_embedding",
			"CASE WHEN trim(coalesce(n.description, '')) = '' THEN null ELSE n.name + ': ' + n.description END",
			"capability descriptions");

	/** A job's title, as compared with others ({@code comparedTitle} where the source's title carries a catalogue phrase). */
	static final EmbeddedText JOB_TITLE = new EmbeddedText("Job", "titleEmbedding", "job_title_embedding",
			"coalesce(n.comparedTitle, n.title)", "job titles");

	/**
	 * A job's title followed by its other names (O*NET's alternate titles, ESCO's alternative labels), as one text:
	 * what BLENDED's title part compares, since occupations with unlike titles are often known by like names
	 * ("Machine Learning Engineer" is an alternate title of Computer and Information Research Scientists and of Data
	 * Scientists). Searched by nobody: the analysis index reads all of them.
	 */
	static final EmbeddedText JOB_NAMES = new EmbeddedText("Job", "namesEmbedding", null,
			"coalesce(n.comparedTitle, n.title) + reduce(names = '', alias IN coalesce(n.aliases, []) | names + '; ' + alias)",
			"job titles with their other names");

	/** A duty, task statement or occupation description. */
	static final EmbeddedText DUTY = new EmbeddedText("Duty", "embedding", "duty_embedding", "n.text",
			"duties and tasks");

	String keyProperty() {
		return this.property + "Key";
	}

	/** The key of a vector of {@code text}: changes with the text and with the model. */
	static String key(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return TextEmbedder.MODEL + ":" + HexFormat.of().formatHex(digest, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
