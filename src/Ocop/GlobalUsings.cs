global using Microsoft.EntityFrameworkCore;
global using Ocop.Data;
global using Ocop.Infrastructure;
