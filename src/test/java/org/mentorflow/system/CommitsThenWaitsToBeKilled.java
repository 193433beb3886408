package org.mentorflow.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * A process for {@link DemoDatabaseDurabilityTest} to kill: commits one row at a time into the H2 database at the
 * URL it is given, says "committed n" after each commit (as a page says "check your mail" after its transaction),
 * then waits to be killed without closing anything.
 */
public final class CommitsThenWaitsToBeKilled {

    private CommitsThenWaitsToBeKilled() {
    }

    public static void main(String[] arguments) throws Exception {
        String url = arguments[0];
        int rows = Integer.parseInt(arguments[1]);
        Connection connection = DriverManager.getConnection(url, "sa", "");
        try (Statement create = connection.createStatement()) {
            create.execute("create table if not exists acknowledged (id int primary key)");
        }
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("insert into acknowledged (id) values (?)")) {
            for (int row = 1; row <= rows; row++) {
                insert.setInt(1, row);
                insert.executeUpdate();
                connection.commit();
                System.out.println("committed " + row);
                System.out.flush();
            }
        }
        Thread.sleep(60_000);
    }
}
