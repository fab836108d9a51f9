package org.competencygraph.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The hand-built development sets in {@code src/test/resources/quality/} (each file says how it was made), read
 * into records.
 */
public record QualitySets(Map<String, Links> capabilityLinks, List<Crosswalk> crosswalk, IctRules ict,
		List<TextQuery> textQueries, List<JudgedRelated> relatedJudged) {

	/** The acceptable concepts of one seed capability in one framework; both empty for "none". */
	record Links(Set<String> sameAs, Set<String> close) {

		boolean none() {
			return this.sameAs.isEmpty() && this.close.isEmpty();
		}

		boolean acceptable(String id) {
			return this.sameAs.contains(id) || this.close.contains(id);
		}

	}

	/** An ESCO occupation with its best O*NET occupation and the other acceptable ones (O*NET-SOC codes). */
	record Crosswalk(String esco, String best, List<String> acceptable) {

		boolean accepts(String onetCode) {
			return this.best.equals(onetCode) || this.acceptable.contains(onetCode);
		}

	}

	/** Code prefixes: ICT ISCO unit groups, ICT O*NET-SOC codes, and the O*NET manager codes. */
	public record IctRules(List<String> escoIct, List<String> escoNotIct, List<String> onetIct, List<String> onetNotIct,
			List<String> managers) {

		/** Whether an ESCO occupation of this ISCO unit group (e.g. 2522) is an ICT occupation. */
		public boolean escoIct(@Nullable String iscoGroup) {
			return iscoGroup != null && matches(iscoGroup, this.escoIct) && !matches(iscoGroup, this.escoNotIct);
		}

		/** Whether an O*NET occupation of this SOC code (e.g. 15-1244.00, or its id onet:15-1244.00) is one. */
		public boolean onetIct(@Nullable String soc) {
			String code = soc != null && soc.startsWith("onet:") ? soc.substring(5) : soc;
			return code != null && matches(code, this.onetIct) && !matches(code, this.onetNotIct);
		}

		/** Whether an O*NET occupation of this SOC code is a manager's (for the ladders). */
		public boolean manager(@Nullable String soc) {
			return soc != null && matches(soc, this.managers);
		}

		private static boolean matches(String code, List<String> prefixes) {
			return prefixes.stream().anyMatch(code::startsWith);
		}

	}

	/**
	 * An O*NET occupation (SOC code) with candidates graded by a careers adviser: clearly related (2), somewhat
	 * related (1), not related (0); a candidate in none of the three was not graded.
	 */
	record JudgedRelated(String occupation, Set<String> clearly, Set<String> somewhat, Set<String> not) {

		boolean graded(String code) {
			return this.clearly.contains(code) || this.somewhat.contains(code) || this.not.contains(code);
		}

	}

	/** A phrase with the seed capabilities it names. */
	record TextQuery(String text, List<String> expected) {
	}

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	static QualitySets load() {
		return new QualitySets(capabilityLinks(read("seed-capability-links.yaml")), crosswalk(read("crosswalk-sample.yaml")),
				ict(read("ict-occupations.yaml")), textQueries(read("text-to-concept.yaml")),
				relatedJudged(read("related-roles-judged.yaml")));
	}

	/** "key:framework" to the acceptable links, e.g. "skill/troubleshooting:onet". */
	private static Map<String, Links> capabilityLinks(JsonNode root) {
		Map<String, Links> links = new LinkedHashMap<>();
		for (JsonNode capability : root.path("capabilities")) {
			for (String framework : List.of("onet", "esco")) {
				JsonNode node = capability.path(framework);
				links.put(capability.path("capability").asString() + ":" + framework,
						new Links(strings(node.path("sameAs")), strings(node.path("close"))));
			}
		}
		return links;
	}

	private static List<Crosswalk> crosswalk(JsonNode root) {
		List<Crosswalk> pairs = new ArrayList<>();
		for (JsonNode occupation : root.path("occupations")) {
			pairs.add(new Crosswalk(occupation.path("esco").asString(), occupation.path("best").asString(),
					List.copyOf(strings(occupation.path("acceptable")))));
		}
		return pairs;
	}

	/** The ICT rules alone, for the tuning harnesses (linking/CrosswalkTuning, analysis/BlendedTuning). */
	public static IctRules ictRules() {
		return ict(read("ict-occupations.yaml"));
	}

	private static IctRules ict(JsonNode root) {
		return new IctRules(codes(root.path("esco").path("ict"), "isco"), codes(root.path("esco").path("notIct"), "isco"),
				codes(root.path("onet").path("ict"), "soc"), codes(root.path("onet").path("notIct"), "soc"),
				codes(root.path("onet").path("managers"), "soc"));
	}

	private static List<TextQuery> textQueries(JsonNode root) {
		List<TextQuery> queries = new ArrayList<>();
		for (JsonNode query : root.path("queries")) {
			queries.add(new TextQuery(query.path("text").asString(), List.copyOf(strings(query.path("expected")))));
		}
		return queries;
	}

	private static List<JudgedRelated> relatedJudged(JsonNode root) {
		List<JudgedRelated> judged = new ArrayList<>();
		for (JsonNode occupation : root.path("occupations")) {
			judged.add(new JudgedRelated(occupation.path("occupation").asString(), strings(occupation.path("clearly")),
					strings(occupation.path("somewhat")), strings(occupation.path("not"))));
		}
		return judged;
	}

	private static List<String> codes(JsonNode entries, String field) {
		List<String> codes = new ArrayList<>();
		entries.forEach(entry -> codes.add(entry.path(field).asString()));
		return codes;
	}

	private static Set<String> strings(JsonNode array) {
		Set<String> values = new java.util.LinkedHashSet<>();
		if (array.isArray()) {
			array.forEach(value -> values.add(value.asString()));
		}
		return values;
	}

	private static JsonNode read(String name) {
		try (InputStream in = QualitySets.class.getResourceAsStream("/quality/" + name)) {
			if (in == null) {
				throw new IllegalStateException("quality/" + name + " is not on the classpath");
			}
			return YAML.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every seed capability id of the links set. */
	Set<String> seedCapabilities() {
		Set<String> ids = new HashSet<>();
		this.capabilityLinks.keySet().forEach(key -> ids.add(key.substring(0, key.lastIndexOf(':'))));
		return ids;
	}

}
