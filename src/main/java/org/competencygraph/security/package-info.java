/**
 * Who the caller is, with which roles: the admin and local users (HTTP Basic, or the explorer's sign-in form with a
 * session cookie and CSRF tokens), or the bearer tokens of an OpenID Connect provider when one is configured; catalogue
 * writes need the admin. Repeated failed sign-ins lock the client address and the user name out for a
 * while. The command line on the machine may write.
 */
@NullMarked
package org.competencygraph.security;

import org.jspecify.annotations.NullMarked;
