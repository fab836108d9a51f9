package org.competencygraph.analysis;

import java.util.List;

/**
 * A person's current holdings as a profile, for the analyses that take {@code from: {person: ...}}. Implemented by
 * the people feature, which checks that the caller may see the person; the analyses only consume it.
 */
public interface PersonProfiles {

	/**
	 * The person's current holdings.
	 * @param argument the argument naming the person, for errors ({@code from.person})
	 * @param person the person's id
	 * @throws org.competencygraph.api.NotFoundException when there is no such person or the caller may not see them
	 * @throws org.competencygraph.api.PermissionDeniedException when the caller did not sign in
	 */
	List<ProfileCapability> holdingsOf(String argument, String person);

}
