/**
 * Entry of the custom functions bundle (namespace OPEVAL). Loading it registers every function:
 * the metadata plugin appends `CustomFunctions.associate(id, fn)` to each file that declares
 * `@customfunction`s, and webpack puts every such file of functions/ into this entry.
 * In the shared runtime this bundle runs in the task pane's page (manifest: Runtimes lifetime="long").
 */
import "./services";
import "./openness";
import "./complaints";
import "./overall";
import "./planning";
import "./explain";
