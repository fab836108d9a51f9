/**
 * People and teams: persons with the capabilities they hold, teams with the positions they must fill, and who may
 * see them (docs/people.md): skill profiles, team coverage, heat maps, single points of failure, bench strength.
 */
@NullMarked
package org.competencygraph.people;

import org.jspecify.annotations.NullMarked;
