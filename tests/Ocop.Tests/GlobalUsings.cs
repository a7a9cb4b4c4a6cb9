global using System.Net;
global using System.Net.Http.Json;
global using Microsoft.EntityFrameworkCore;
global using Ocop.Tests.Infrastructure;
