using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Catalogue.Store.Migrations
{
    /// <inheritdoc />
    public partial class FeedSyncLease : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LeaseExpiresAt",
                table: "SyncRuns",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeaseHolder",
                table: "SyncRuns",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            // Older versions could leave several runs of one feed "Running" (no process ran them any more); end them so
            // that the one-running-run-per-feed index can be created.
            migrationBuilder.Sql(
                "UPDATE \"SyncRuns\" SET \"Outcome\" = 'Failed', \"Reason\" = 'Interrupted: the indexer stopped during the run; nothing of it was applied. The feed is synced again.' " +
                "WHERE \"Outcome\" = 'Running' AND \"FeedId\" IS NOT NULL;");

            migrationBuilder.CreateIndex(
                name: "IX_SyncRuns_OneRunningPerFeed",
                table: "SyncRuns",
                column: "FeedId",
                unique: true,
                filter: "\"Outcome\" = 'Running' AND \"FeedId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SyncRuns_OneRunningPerFeed",
                table: "SyncRuns");

            migrationBuilder.DropColumn(
                name: "LeaseExpiresAt",
                table: "SyncRuns");

            migrationBuilder.DropColumn(
                name: "LeaseHolder",
                table: "SyncRuns");
        }
    }
}
