/**
 * The Functions section: the explorer ({@code explorer}) and the Create function form ({@code create}), switched by
 * {@link dev.lambdadesk.ui.functions.FunctionsViewModel}. The form is split into section ViewModels (basics, code,
 * permissions, settings, environment, layers, networking, file system, delivery, code signing, tags, publish), each
 * writing its members into the CreateFunction request (AWS CLI input JSON) that the shared rules validate.
 */
package dev.lambdadesk.ui.functions;
