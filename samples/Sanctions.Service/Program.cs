using Sanctions.Service;

var app = ServiceApp.Build(args);
app.Run();
