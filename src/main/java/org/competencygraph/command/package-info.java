/**
 * Command-line commands ({@code import}, {@code import-onet}, {@code link-frameworks}, ...): the application
 * started without its web server runs one and exits with its code. Each feature contributes its commands as beans.
 */
@NullMarked
package org.competencygraph.command;

import org.jspecify.annotations.NullMarked;
