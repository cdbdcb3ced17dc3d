package org.verbatim.project;

import java.nio.file.Path;
import org.verbatim.store.ProjectStore;
import org.verbatim.store.TeamMemberTable;

/**
 * Giving a member of a team project the lead role or taking it back: a lead may change or remove
 * anyone's segments and memos. Only a lead may do this (the server refuses anyone else), and the
 * last lead cannot step down, so someone can always change the roles.
 */
final class TeamRoles {
    private final ProjectStore store;
    private final Path folder;

    TeamRoles(ProjectStore store, Path folder) {
        this.store = store;
        this.folder = folder;
    }

    /** Gives {@code user} the lead role, or with {@code lead} false makes them a coder; returns what changed, in words. */
    String set(String user, boolean lead) {
        if (!TeamProjects.isTeamProject(folder)) {
            throw new ProjectException(folder + " is a project file: roles belong to team projects (see: verbatim share)");
        }
        String name = user == null ? "" : user.strip();
        if (name.isEmpty()) {
            throw new ProjectException("Name the database user whose role to set (--user NAME)");
        }
        String role = lead ? TeamMemberTable.LEAD : TeamMemberTable.CODER;
        return StoreFailures.asProjectFailures(() -> store.write(tx -> {
            TeamMemberTable members = tx.teamMembers();
            if (!members.currentUserIsLead()) {
                throw new ProjectException("Only a project lead may give or take the lead role; you are a coder");
            }
            if (!members.userExists(name)) {
                throw new ProjectException("There is no database user '" + name + "' on the server: an administrator"
                        + " makes one with createuser");
            }
            String before = members.roleOf(name);
            if (before.equals(role)) {
                return name + " is already a " + role;
            }
            if (!lead && members.leadCount() == 1) {
                throw new ProjectException(name + " is the project's only lead: give the lead role to another member first");
            }
            members.set(name, role);
            return name + " is now a " + role + " (was a " + before + ")";
        }));
    }
}
